//! Warnings for editors: nothing is left out, but something deserves a look — an event with
//! no source or resting only on aggregators and reposts, a source without a date, a quote
//! that is not in its source's text.

use super::message::Message;
use super::messages::{listed, shortened};
use super::model::{Source, TimelineEvent};
use super::report::{Problem, ProblemEffect};

/// The warning for an accepted event at `path` citing `sources` (those that exist): none
/// cited, or only aggregators and reposts.
pub(crate) fn sourcing_warning<'a>(
    event: &TimelineEvent,
    path: &str,
    sources: impl Iterator<Item = &'a Source>,
) -> Option<Problem> {
    let sources: Vec<&Source> = sources.collect();
    let reason = if sources.is_empty() {
        Message::CitesNoSource {
            id: shortened(&event.id),
        }
    } else if sources.iter().all(|source| !source.kind.is_original()) {
        let names: Vec<&str> = sources.iter().map(|s| s.publisher.as_str()).collect();
        Message::CitesOnlyWeakSources {
            id: shortened(&event.id),
            publishers: listed(&names, 10),
        }
    } else {
        return None;
    };
    Some(Problem {
        path: format!("{path}.sources"),
        reason,
        effect: ProblemEffect::Warning,
    })
}

/// Warnings for the source at `path` itself: no publication date, a quote not found in its
/// text (its passages are located when it is read).
pub(crate) fn source_warnings(source: &Source, path: &str) -> Vec<Problem> {
    let mut warnings = Vec::new();
    if source.published.is_none() {
        warnings.push(Problem {
            path: format!("{path}.published"),
            reason: Message::NoPublicationDate {
                id: shortened(&source.id),
                note: shortened(&source.published_note),
            },
            effect: ProblemEffect::Warning,
        });
    }
    if source.text.is_some() && source.quote.is_some() && source.passages.is_empty() {
        warnings.push(Problem {
            path: format!("{path}.quote"),
            reason: Message::QuoteNotInText {
                id: shortened(&source.id),
            },
            effect: ProblemEffect::Warning,
        });
    }
    warnings
}
