//! Earlier, later, zoom in, zoom out and fit all, for pointer, touch and keyboard users alike:
//! everything a drag or a pinch does has a button (WCAG 2.5.7).

use leptos::prelude::*;

use crate::ui::state::{use_text, use_viewer};

/// The pan and zoom buttons of the timeline.
#[component]
pub fn ZoomControls() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let center = move || viewer.scale.with_untracked(|scale| scale.width() / 2.0);
    // A third of the view per press, as a drag across a third of the plot would move it; time
    // runs left to right in every page direction, so the arrows do too.
    let third = move || viewer.scale.with_untracked(|scale| scale.width() / 3.0);
    view! {
        <div class="zoom-controls" role="group" aria-label=text.timeline_label>
            <button type="button" class="icon-button" aria-label=text.pan_earlier
                title=text.pan_earlier data-testid="pan-earlier"
                on:click=move |_| viewer.pan(-third())>
                "←"
            </button>
            <button type="button" class="icon-button" aria-label=text.pan_later
                title=text.pan_later data-testid="pan-later"
                on:click=move |_| viewer.pan(third())>
                "→"
            </button>
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
