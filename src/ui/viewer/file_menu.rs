//! The File menu: open a chronology from this computer (or drop it on the page), export the
//! chronology on screen (its filtered events) as the event format, this project's sheet, an
//! iCalendar file or a Markdown brief under a name made from its title, and download the
//! empty sheet template. The event format is written here; the others by the document
//! tools' worker.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::export::{event_format_json, file_name, filtered};
use crate::ui::browser::document_tools::export_in_worker;
use crate::ui::browser::download::save_text;
use crate::ui::page::open_file::OpenFile;
use crate::ui::page::paste_dialog::PasteDialog;
use crate::ui::state::{use_text, use_viewer};

/// The export formats: `(format, file extension, media type)`, in the menu's order.
const FORMATS: [(&str, &str, &str); 4] = [
    ("json", "json", "application/json"),
    ("csv", "csv", "text/csv"),
    ("ics", "ics", "text/calendar"),
    ("md", "md", "text/markdown"),
];

/// "File ▾": Open file…, the four export formats, and the empty sheet template; a status
/// line while a file is opened or exported, and the drop target while a file is dragged.
#[component]
pub fn FileMenu() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let status = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let paste = NodeRef::<leptos::html::Dialog>::new();
    let menu = NodeRef::<leptos::html::Details>::new();
    let export = move |format: &'static str, extension: &'static str, mime: &'static str| {
        if let Some(menu) = menu.get() {
            menu.set_open(false);
        }
        let shown = viewer.shown.get_untracked();
        let (document, name) = viewer.chronology.with_untracked(|chronology| {
            let part = filtered(chronology, &shown);
            (
                event_format_json(&part),
                file_name(&chronology.about.title, extension),
            )
        });
        spawn_local(async move {
            let written = if format == "json" {
                Ok(document)
            } else {
                status.set(Some(text.exporting.to_owned()));
                export_in_worker(format, &document, &calendar_stamp(), text.language.as_str())
                    .await
                    .map_err(|failure| failure.describe(text))
            };
            let saved = written.and_then(|written| {
                save_text(&name, mime, &written).map_err(|_| text.download_failed.to_owned())
            });
            status.set(saved.err().map(|reason| (text.export_failed)(&reason)));
        });
    };
    let labels = [
        text.export_json,
        text.export_csv,
        text.export_ics,
        text.export_md,
    ];
    let items = FORMATS
        .into_iter()
        .zip(labels)
        .enumerate()
        .map(|(index, ((format, extension, mime), label))| {
            // The exports are a group of their own, under a line.
            view! {
                <li class:menu-group=index == 0>
                    <button type="button" class="menu-item" data-export=format
                        on:click=move |_| export(format, extension, mime)>
                        {label}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="file-menu" node_ref=menu data-testid="file-menu">
            <summary class="button-secondary">{text.file_menu}</summary>
            <ul class="menu">
                <li><OpenFile status dragging /></li>
                <li>
                    <button type="button" class="menu-item" aria-haspopup="dialog"
                        data-testid="paste-item"
                        on:click=move |_| {
                            if let Some(menu) = menu.get() {
                                menu.set_open(false);
                            }
                            if let Some(dialog) = paste.get() {
                                let _ = dialog.show_modal();
                            }
                        }>
                        {text.paste_item}
                    </button>
                </li>
                {items}
                <li>
                    <a class="menu-item" href="chronology-template.csv" download="chronology-template.csv"
                        data-testid="sheet-template">
                        {text.sheet_template}
                    </a>
                </li>
            </ul>
        </details>
        <PasteDialog dialog=paste status />
        <p class="file-status" role="status" hidden=move || status.with(Option::is_none)>
            {move || status.get()}
        </p>
        <div class="drop-target" aria-hidden="true" hidden=move || !dragging.get()>
            <p>{text.drop_to_open}</p>
        </div>
    }
}

/// Now, as iCalendar writes a UTC time (`20261127T101500Z`).
fn calendar_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}
