//! What the page shows while the chronology is on its way: received bytes, then how far
//! reading has come. When the page painted placeholders before the app loaded, they move in
//! here ahead of the message (see `browser::first_paint`) and stay until the chronology is
//! drawn in their place.

use leptos::html::Div;
use leptos::prelude::*;

use crate::chronology::ReadStage;
use crate::ui::browser::first_paint;
use crate::ui::page::loader::LoadProgress;
use crate::ui::state::use_text;

/// A polite, announced loading message with progress, in the view that takes over the
/// first paint's placeholders.
#[component]
pub fn LoadingState(
    /// How far loading has come.
    progress: RwSignal<LoadProgress>,
) -> impl IntoView {
    let text = use_text();
    let loading = NodeRef::<Div>::new();
    // Mounted in the task that mounted the app: the first paint's placeholders move in.
    Effect::new(move |_| {
        if let Some(loading) = loading.get() {
            first_paint::hand_over(Some(loading.as_ref()));
        }
    });
    let detail = move || {
        let progress = progress.get();
        match progress.reading {
            Some(reading) => {
                let stage = match reading.stage {
                    ReadStage::Scanning => 0,
                    ReadStage::Sources => 1,
                    ReadStage::Events => 2,
                    ReadStage::Finishing => 3,
                };
                Some((text.reading)(stage, reading.done, reading.total))
            }
            None if progress.received > 0 => {
                // A compressed response's length is not its text's: past it, no total.
                let expected = progress
                    .expected
                    .filter(|&expected| expected >= progress.received);
                Some((text.received)(progress.received, expected))
            }
            None => None,
        }
    };
    view! {
        <div class="loading-view" node_ref=loading>
            <p class="loading-state" role="status" aria-live="polite" data-testid="loading">
                <span class="spinner" aria-hidden="true"></span>
                {text.loading}
                <span class="loading-detail" data-testid="loading-detail">{detail}</span>
            </p>
        </div>
    }
}
