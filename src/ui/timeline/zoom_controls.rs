//! Zoom in, zoom out and fit all, for pointer, touch and keyboard users alike.

use leptos::prelude::*;

use crate::ui::state::{use_text, use_viewer};

/// The zoom buttons of the timeline.
#[component]
pub fn ZoomControls() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let center = move || viewer.scale.with_untracked(|scale| scale.width() / 2.0);
    view! {
        <div class="zoom-controls" role="group" aria-label=text.timeline_label>
            <button type="button" class="icon-button" aria-label=text.zoom_in title=text.zoom_in
                data-testid="zoom-in" on:click=move |_| viewer.zoom(2.0, center())>
                "+"
            </button>
            <button type="button" class="icon-button" aria-label=text.zoom_out title=text.zoom_out
                data-testid="zoom-out" on:click=move |_| viewer.zoom(0.5, center())>
                "−"
            </button>
            <button type="button" class="button-secondary" data-testid="fit-all"
                on:click=move |_| viewer.fit_all()>
                {text.fit_all}
            </button>
        </div>
    }
}
