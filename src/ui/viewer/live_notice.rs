//! What live updates say: a quiet line on how checking goes, and an announcement of what
//! arrived ("3 new events · 1 corrected") that shows it when pressed, and only then.

use leptos::prelude::*;

use crate::chronology::{UnseenChanges, ViewMode};
use crate::ui::state::{use_text, use_viewer};
use crate::ui::viewer::live_feed::LiveStatus;

/// The live line and the announcement.
#[component]
pub fn LiveNotice(
    /// How checking goes.
    status: RwSignal<LiveStatus>,
) -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let line = move || match status.get() {
        LiveStatus::Checking { every } => (text.live_every)(every),
        LiveStatus::Retrying { in_seconds } => (text.live_retrying)(in_seconds),
    };
    let news = move || {
        viewer.changes.with(|changes| {
            let unseen = &changes.unseen;
            (!unseen.is_empty()).then(|| {
                (text.live_news)(
                    unseen.added.len(),
                    unseen.corrected.len(),
                    unseen.withdrawn,
                    unseen.removed,
                )
            })
        })
    };
    // Shows the newest event that arrived (or else the first corrected one): the timeline
    // brings it into view, the list scrolls to it, its details open.
    let show_news = move |_| {
        let unseen = viewer
            .changes
            .try_update(|changes| std::mem::take(&mut changes.unseen));
        let Some(UnseenChanges {
            added, corrected, ..
        }) = unseen
        else {
            return;
        };
        let Some(id) = added.last().or(corrected.first()).cloned() else {
            return;
        };
        let index = viewer.chronology.with_untracked(|c| c.event_index(&id));
        if let Some(index) = index {
            if viewer.mode.get_untracked() == ViewMode::Timeline {
                viewer.show_event(index);
            }
            viewer.selected.set(Some(id));
        }
    };
    view! {
        <p class="live-status" data-testid="live-status"
            class:retrying=move || matches!(status.get(), LiveStatus::Retrying { .. })>
            {line}
        </p>
        <div class="live-news" role="status" aria-live="polite" data-testid="live-news">
            {move || news().map(|news| view! {
                <button type="button" class="live-news-button" on:click=show_news>
                    <span>{news}</span>
                    " "
                    <span class="live-news-action">{text.live_show}</span>
                </button>
            })}
        </div>
    }
}
