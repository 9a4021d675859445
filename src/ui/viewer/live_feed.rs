//! Following a live document: checks it again every few seconds while the page is visible,
//! with conditional requests, and shows what a newer version brings without moving anything
//! under the reader; backs off while checks fail, keeping the data it has.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::chronology::{next_check_seconds, ChronologyDiff, LiveUpdate};
use crate::ui::browser::reading_place::{reading_place, restore_reading_place};
use crate::ui::browser::visibility::{sleep, until_visible};
use crate::ui::page::loader::{check_for_update, yield_to_browser, FetchFailure, LiveFeed};
use crate::ui::state::{use_text, ViewerState};

/// How the page's checks for a newer version are going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveStatus {
    /// Checking every this many seconds.
    Checking { every: u32 },
    /// The last checks failed; the next is in this many seconds.
    Retrying { in_seconds: u32 },
}

/// Checks `feed` every `poll_seconds` for as long as `viewer` lives, and shows what a newer
/// version brings; `status` says how it is going.
pub fn follow_live_updates(
    viewer: ViewerState,
    feed: LiveFeed,
    poll_seconds: u32,
    status: RwSignal<LiveStatus>,
) {
    let text = use_text();
    spawn_local(async move {
        let mut feed = feed;
        let mut failures: u32 = 0;
        // A server on another site may refuse the conditional headers (its CORS rules): a
        // conditional check that does not reach it is followed by a plain one, and when
        // that one gets through, the page asks plainly for the rest of the session. When it
        // fails too, the network was down, and checks are conditional again.
        let mut refused_conditions = false;
        let mut try_plain = false;
        loop {
            sleep(next_check_seconds(poll_seconds, failures).saturating_mul(1000)).await;
            until_visible().await;
            // The viewer is gone (another document opened): stop.
            let Some(shown) = viewer.chronology.try_get_untracked() else {
                return;
            };
            let conditional = !refused_conditions && !try_plain && !feed.validators.is_empty();
            let checked = check_for_update(&feed, conditional, text).await;
            if try_plain {
                refused_conditions = checked.is_ok();
                try_plain = false;
            }
            match checked {
                Ok(None) => failures = 0,
                Ok(Some((newer, validators))) => {
                    failures = 0;
                    feed.validators = validators;
                    // Matching the versions, keeping what vanished and redrawing the views
                    // are three tasks, so the page answers input between them.
                    let diff = ChronologyDiff::between(&shown, &newer);
                    yield_to_browser().await;
                    let update = LiveUpdate::from_diff(&shown, newer, diff);
                    yield_to_browser().await;
                    if viewer.chronology.is_disposed() {
                        return;
                    }
                    if !update.diff.is_empty() || *shown != update.chronology {
                        let place = reading_place();
                        viewer.apply_update(update);
                        if let Some(place) = place {
                            restore_reading_place(place);
                        }
                    }
                }
                Err(failure) => {
                    try_plain = conditional && matches!(failure, FetchFailure::Network { .. });
                    failures = failures.saturating_add(1);
                }
            }
            let next = if failures == 0 {
                LiveStatus::Checking {
                    every: poll_seconds,
                }
            } else {
                LiveStatus::Retrying {
                    in_seconds: next_check_seconds(poll_seconds, failures),
                }
            };
            if status.try_set(next).is_some() {
                return;
            }
        }
    });
}
