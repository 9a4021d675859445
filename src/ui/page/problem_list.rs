//! The list of what was wrong in a document that loaded: each bad event, source, lane or
//! value named by its JSON path, with the reason.

use leptos::prelude::*;

use crate::chronology::{Problem, ProblemCounts, ProblemEffect};
use crate::ui::state::use_text;

/// How many problems are listed; a document with thousands of bad events lists the first
/// ones and says how many more there are, so the page stays light.
const PROBLEMS_SHOWN: usize = 200;

/// Shows nothing for a clean document; otherwise a summary that opens to the full list.
#[component]
pub fn ProblemList(
    /// The listed problems, in document order.
    problems: Vec<Problem>,
    /// How many of each kind there were, listed or not.
    counts: ProblemCounts,
) -> impl IntoView {
    if counts.total() == 0 {
        return None;
    }
    let text = use_text();
    let skipped_events = counts.events_skipped;
    let skipped_items = counts.items_skipped;
    let ignored_values = counts.values_ignored;
    let warnings = counts.warnings;
    let summary = [
        (skipped_events, text.events_skipped),
        (skipped_items, text.items_skipped),
        (ignored_values, text.values_ignored),
        (warnings, text.warnings),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, phrase)| phrase(n))
    .collect::<Vec<_>>()
    .join("; ");
    let total = counts.total();
    let items = problems
        .into_iter()
        .take(PROBLEMS_SHOWN)
        .map(|problem| {
            let skipped = matches!(
                problem.effect,
                ProblemEffect::EventSkipped
                    | ProblemEffect::SourceSkipped
                    | ProblemEffect::LaneSkipped
            );
            let warning = problem.effect == ProblemEffect::Warning;
            view! {
                <li class:skipped=skipped class:warning=warning>
                    <code class="problem-path">{problem.path}</code>
                    ": "
                    <span class="problem-reason">{(text.problem)(&problem.reason)}</span>
                </li>
            }
        })
        .collect_view();
    let open = skipped_events > 0;
    let only_warnings = warnings == total;
    Some(view! {
        <details class="problem-list" class:only-warnings=only_warnings open=open data-testid="problem-list">
            // The count is announced when it changes; the summary keeps its own role so
            // that it is named by its text.
            <summary><span role="status">{summary}</span></summary>
            <ul>{items}</ul>
            {(total > PROBLEMS_SHOWN).then(|| view! {
                <p class="problems-more">{(text.more_problems)(total - PROBLEMS_SHOWN)}</p>
            })}
        </details>
    })
}
