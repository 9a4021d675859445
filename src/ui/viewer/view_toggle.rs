//! Switches between the timeline, the list (both show the same filtered events) and the
//! sources index.

use leptos::prelude::*;

use crate::chronology::ViewMode;
use crate::ui::state::{use_text, use_viewer};
use crate::ui::viewer::viewer_parts::ViewerParts;

/// Pressed-state buttons: Timeline, List, and Sources where the sources index is part of the
/// viewer.
#[component]
pub fn ViewToggle() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let choice = move |mode: ViewMode, label: &'static str, testid: &'static str| {
        view! {
            <button
                type="button"
                class="segment"
                data-testid=testid
                aria-pressed=move || (viewer.mode.get() == mode).to_string()
                on:click=move |_| viewer.mode.set(mode)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="view-toggle" role="group" aria-label=text.view_label>
            {choice(ViewMode::Timeline, text.view_timeline, "view-timeline")}
            {choice(ViewMode::List, text.view_list, "view-list")}
            {ViewerParts::in_context()
                .sources_index
                .map(|_| choice(ViewMode::Sources, text.view_sources, "view-sources"))}
        </div>
    }
}
