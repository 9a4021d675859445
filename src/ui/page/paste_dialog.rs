//! Pasting a chronology: a dialog with a text box, for an editor whose chronology is on the
//! clipboard (copied from a sheet, a JSON file or a colleague's message). The text is read
//! like an opened file, by content, in the browser.

use leptos::html::{Dialog, Textarea};
use leptos::prelude::*;

use crate::ui::page::open_file::{read_opened, within_limit, OpenedChronology};
use crate::ui::page::provenance_line::Provenance;
use crate::ui::state::use_text;

/// The paste dialog, opened by the File menu's "Paste text…" (which shows `dialog`).
#[component]
pub fn PasteDialog(
    /// The dialog element, for the menu item that opens it.
    dialog: NodeRef<Dialog>,
    /// Set to "Opening pasted text…" while the text is read.
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let text = use_text();
    let OpenedChronology(opened) = use_context::<OpenedChronology>()?;
    let pasted = NodeRef::<Textarea>::new();
    let close = move || {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(area) = pasted.get() else {
            return;
        };
        let content = area.value();
        if content.trim().is_empty() {
            return;
        }
        area.set_value("");
        close();
        status.set(Some((text.opening_file)(text.pasted_text)));
        leptos::task::spawn_local(async move {
            let name = text.pasted_text.to_owned();
            let result = match within_limit(&name, content.len() as u64) {
                Ok(()) => read_opened(name, content.into_bytes(), Provenance::Pasted).await,
                Err(too_large) => Err(too_large),
            };
            status.set(None);
            opened.set(Some(result));
        });
    };
    Some(view! {
        <dialog class="paste-dialog" node_ref=dialog aria-labelledby="paste-heading"
            data-testid="paste-dialog">
            <form method="dialog" on:submit=submit>
                <h2 id="paste-heading">{text.paste_heading}</h2>
                <p class="paste-hint" id="paste-hint">{text.paste_hint}</p>
                <textarea node_ref=pasted rows="12" spellcheck="false"
                    aria-labelledby="paste-heading" aria-describedby="paste-hint"
                    data-testid="paste-text"></textarea>
                <div class="dialog-actions">
                    <button type="button" class="button-secondary" on:click=move |_| close()>
                        {text.cancel}
                    </button>
                    <button type="submit" class="button">{text.paste_open}</button>
                </div>
            </form>
        </dialog>
    })
}
