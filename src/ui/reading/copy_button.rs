//! A button that copies text to the clipboard and says so. Where the clipboard is not
//! available (sandboxed frames, insecure pages), it shows the text selected instead, ready
//! for the reader to copy by hand.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::ui::browser;
use crate::ui::state::use_text;

/// Copies `text`; resolves to whether the clipboard took it.
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = browser::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// What happened to the last copy.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// A copy button with a polite status message and a manual fallback.
#[component]
pub fn CopyButton(
    /// The text to copy.
    #[prop(into)]
    text: Signal<String>,
    /// The button's label.
    label: &'static str,
    /// A test id for the button.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let words = use_text();
    let state = RwSignal::new(CopyState::Idle);
    let fallback = NodeRef::<Textarea>::new();
    let copy = {
        move |_| {
            let text = text.get_untracked();
            leptos::task::spawn_local(async move {
                let copied = copy_to_clipboard(&text).await;
                state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
                if !copied {
                    request_animation_frame(move || {
                        if let Some(area) = fallback.get_untracked() {
                            let _ = area.focus();
                            area.select();
                        }
                    });
                }
            });
        }
    };
    view! {
        <span class="copy">
            <button type="button" class="button-secondary copy-button" data-testid=testid on:click=copy>
                {label}
            </button>
            <span class="copy-status" role="status" aria-live="polite">
                {move || match state.get() {
                    CopyState::Idle => "",
                    CopyState::Copied => words.copied,
                    CopyState::Failed => words.copy_failed,
                }}
            </span>
            {move || (state.get() == CopyState::Failed).then(|| view! {
                <textarea class="copy-fallback" readonly node_ref=fallback rows="4" prop:value=text></textarea>
            })}
        </span>
    }
}
