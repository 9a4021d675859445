//! Opening a chronology from the editor's computer: a file button, and a file dropped
//! anywhere on the page. The file is read in the browser and never uploaded; the document
//! tools' worker recognises its format by content and converts it
//! ([`crate::import::ConvertedFile`]), and it goes through the one reader, so its problems are
//! named like any document's, by the file's own lines, columns or paths.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::import::{read_without_conversion, ConvertedFile};
use crate::ui::browser::document_tools::{convert_in_worker, ToolsFailure};
use crate::ui::browser::events::on_window_event;
use crate::ui::browser::url::data_policy_from_page;
use crate::ui::page::loader::{
    read_in_slices, FetchFailure, LoadProgress, LoadedChronology, OpenFailure,
};
use crate::ui::page::provenance_line::Provenance;
use crate::ui::state::use_text;

/// The chronology an editor opened, which the page shows instead of the one it loaded
/// (provided by the page; set by [`OpenFile`]).
#[derive(Clone, Copy)]
pub struct OpenedChronology(pub RwSignal<Option<Result<LoadedChronology, FetchFailure>>>);

/// "Open file…" (a menu item over a hidden file input); while it is on the page, a file
/// dropped on the page opens too.
#[component]
pub fn OpenFile(
    /// Set to "Opening <name>…" while a file is read.
    status: RwSignal<Option<String>>,
    /// Whether a file is being dragged over the page.
    dragging: RwSignal<bool>,
) -> impl IntoView {
    let text = use_text();
    let OpenedChronology(opened) = use_context::<OpenedChronology>()?;
    let open = move |file: web_sys::File| {
        status.set(Some((text.opening_file)(&file.name())));
        leptos::task::spawn_local(async move {
            let result = read_file(file).await;
            status.set(None);
            opened.set(Some(result));
        });
    };
    let carries_files = |event: &web_sys::DragEvent| {
        event
            .data_transfer()
            .is_some_and(|transfer| transfer.types().includes(&"Files".into(), 0))
    };
    on_window_event(leptos::ev::dragover, move |event| {
        if carries_files(&event) {
            event.prevent_default();
            dragging.set(true);
        }
    });
    on_window_event(leptos::ev::dragleave, move |event| {
        // Leaving the window, not moving between elements inside it.
        if event.related_target().is_none() {
            dragging.set(false);
        }
    });
    on_window_event(leptos::ev::drop, move |event| {
        dragging.set(false);
        let file = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            event.prevent_default();
            open(file);
        }
    });
    Some(view! {
        <label class="menu-item open-file" title=text.open_file_hint data-testid="open-file">
            {text.open_file}
            <input type="file" class="visually-hidden"
                accept=".json,.csv,.tsv,.txt,application/json,text/csv"
                on:change:target=move |event| {
                    let input = event.target();
                    if let Some(file) = input.files().and_then(|files| files.get(0)) {
                        open(file);
                    }
                    // The same file can be opened again after it changed.
                    input.set_value("");
                } />
        </label>
    })
}

/// Reads `file` within the deployment's size limit, recognises its format and reads it.
async fn read_file(file: web_sys::File) -> Result<LoadedChronology, FetchFailure> {
    let name = file.name();
    let size = file.size() as u64;
    let buffer = match within_limit(&name, size) {
        Ok(()) => JsFuture::from(file.array_buffer()).await,
        Err(too_large) => return Err(too_large),
    };
    let buffer = buffer.map_err(|_| FetchFailure::File {
        url: name.clone(),
        reason: OpenFailure::Unreadable,
    })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    read_opened(name.clone(), bytes, Provenance::File(name)).await
}

/// Refuses `size` bytes named `name` when they are over the deployment's size limit.
pub(crate) fn within_limit(name: &str, size: u64) -> Result<(), FetchFailure> {
    let (policy, _) = data_policy_from_page();
    if size > policy.max_bytes() {
        return Err(FetchFailure::TooLarge {
            url: name.to_owned(),
            limit: policy.max_bytes(),
            size: Some(size),
        });
    }
    Ok(())
}

/// Recognises the format of `bytes` (a file or pasted text, named `name`), converts it when
/// it is not the event format, and reads it with the one reader.
pub(crate) async fn read_opened(
    name: String,
    mut bytes: Vec<u8>,
    provenance: Provenance,
) -> Result<LoadedChronology, FetchFailure> {
    let failed = |reason: OpenFailure| FetchFailure::File {
        url: name.clone(),
        reason,
    };
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let progress = RwSignal::new(LoadProgress::default());
    let report = if read_without_conversion(&bytes) {
        read_in_slices(bytes, progress).await
    } else {
        let reply = convert_in_worker(&name, &bytes)
            .await
            .map_err(|failure| failed(OpenFailure::Tools(failure)))?;
        let converted = serde_json::from_str::<ConvertedFile>(&reply)
            .map_err(|_| failed(OpenFailure::Tools(ToolsFailure::NoAnswer)))?;
        match converted {
            ConvertedFile::EventFormat => read_in_slices(bytes, progress).await,
            ConvertedFile::Imported {
                document, places, ..
            } => read_in_slices(document.into_bytes(), progress)
                .await
                .map(|report| places.name_problems(report)),
            ConvertedFile::Refused(problem) => {
                return Err(failed(OpenFailure::NotRecognised(problem.reason)))
            }
        }
    }
    .map_err(|error| failed(OpenFailure::Format(error)))?;
    Ok(LoadedChronology::new(report, provenance))
}
