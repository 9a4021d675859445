//! The "Embed" control: a dialog with the `<iframe>` code for exactly the current view — data,
//! filters, selection, range and theme — in a fixed-height and a self-resizing variant.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::chronology::{embed_snippet, ColorScheme, EmbedOptions};
use crate::ui::browser::url::app_address;
use crate::ui::page::provenance_line::Provenance;
use crate::ui::reading::copy_button::CopyButton;
use crate::ui::state::{use_text, use_viewer};

/// The iframe height the dialog starts with, and the bounds it accepts.
const DEFAULT_HEIGHT: u32 = 600;
const MIN_HEIGHT: u32 = 200;
const MAX_HEIGHT: u32 = 3000;

/// The Embed button and its dialog.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let page_theme = use_context::<EmbedOptions>().unwrap_or_default().theme;
    let dialog = NodeRef::<Dialog>::new();
    let is_open = RwSignal::new(false);
    let height = RwSignal::new(DEFAULT_HEIGHT);
    let scheme = RwSignal::new(page_theme.scheme);
    // A file opened or pasted in this browser has no address: there is nothing to embed.
    let local = matches!(
        use_context::<Provenance>(),
        Some(Provenance::File(_) | Provenance::Pasted)
    );
    // Written only while the dialog is open, then for every change of its fields.
    let snippet = Memo::new(move |_| {
        if !is_open.get() || local {
            return None;
        }
        let mut theme = page_theme.clone();
        theme.scheme = scheme.get();
        let title = viewer.chronology.with(|c| c.about.title.clone());
        // The embed speaks the language it was made in, whatever its readers' browsers say.
        let mut view = viewer.view_state();
        view.language = Some(text.language);
        Some(embed_snippet(
            &app_address(),
            &view,
            &theme,
            &title,
            height.get(),
        ))
    });
    let open = move |_| {
        if let Some(dialog) = dialog.get() {
            is_open.set(true);
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let scheme_value = move || scheme.get().map_or("", ColorScheme::as_str);
    let fixed = Signal::derive(move || {
        snippet.with(|snippet| {
            snippet
                .as_ref()
                .map(|s| s.fixed.clone())
                .unwrap_or_default()
        })
    });
    let responsive = Signal::derive(move || {
        snippet.with(|snippet| {
            snippet
                .as_ref()
                .map(|s| s.responsive.clone())
                .unwrap_or_default()
        })
    });

    view! {
        <button class="button-secondary embed-button" aria-haspopup="dialog" on:click=open
            data-testid="embed-button">
            {text.embed}
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-heading"
            on:close=move |_| is_open.set(false) data-testid="embed-dialog">
            <button class="close-button" aria-label=text.close on:click=close>"×"</button>
            <h2 id="embed-heading">{text.embed_heading}</h2>
            {local.then(|| view! { <p data-testid="embed-local">{text.embed_local_file}</p> })}
            {(!local).then(|| view! {
                <p>{text.embed_help}</p>
                <div class="embed-options">
                    <label>
                        {text.embed_height}
                        <input type="number" min=MIN_HEIGHT max=MAX_HEIGHT step="10"
                            prop:value=move || height.get().to_string()
                            data-testid="embed-height"
                            on:change:target=move |event| {
                                if let Ok(value) = event.target().value().trim().parse::<u32>() {
                                    height.set(value.clamp(MIN_HEIGHT, MAX_HEIGHT));
                                }
                            } />
                    </label>
                    <label>
                        {text.embed_theme}
                        <select prop:value=scheme_value data-testid="embed-theme"
                            on:change:target=move |event| {
                                scheme.set(event.target().value().parse::<ColorScheme>().ok());
                            }>
                            <option value="">{text.theme_auto}</option>
                            <option value=ColorScheme::Light.as_str()>{text.theme_light}</option>
                            <option value=ColorScheme::Dark.as_str()>{text.theme_dark}</option>
                        </select>
                    </label>
                </div>
                <h3 id="embed-responsive">{text.embed_responsive}</h3>
                <textarea class="embed-code" readonly rows="6" prop:value=responsive
                    data-testid="embed-code-responsive" aria-labelledby="embed-responsive"></textarea>
                <CopyButton text=responsive label=text.copy_code testid="copy-embed-responsive" />
                <h3 id="embed-fixed">{text.embed_fixed}</h3>
                <textarea class="embed-code" readonly rows="4" prop:value=fixed
                    data-testid="embed-code-fixed" aria-labelledby="embed-fixed"></textarea>
                <CopyButton text=fixed label=text.copy_code testid="copy-embed-fixed" />
            })}
        </dialog>
    }
}
