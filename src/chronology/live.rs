//! A chronology that keeps growing: how often a page checks its document again (`live`), how
//! long it waits after a failed check, and how a newer version joins the one on screen so
//! that nothing the reader saw disappears without a word.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::RangeInclusive;

use serde::Serialize;

use super::event::EventStanding;
use super::model::Chronology;
use super::revision::{ChronologyDiff, FieldChange};

/// The shortest and longest time between two checks of a live document (seconds): often
/// enough for a briefing, not so often that a newsroom's readers flood its server.
pub const LIVE_POLL_SECONDS: RangeInclusive<u32> = 5..=86_400;

/// The longest a page waits between checks while the server keeps failing (seconds), unless
/// the document asks for rarer checks than that anyway.
pub const LONGEST_RETRY_SECONDS: u32 = 15 * 60;

/// The document's `live` option: it keeps growing, and readers' pages should check it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LiveOptions {
    /// Seconds between two checks, within [`LIVE_POLL_SECONDS`].
    pub poll_seconds: u32,
}

/// What the page's address says about live updates (`live=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveChoice {
    /// `live=off`: never check again, whatever the document says.
    Off,
    /// `live=60`: check every this many seconds, whatever the document says.
    Every(u32),
}

impl LiveChoice {
    /// The choice a `live=` value names: `off`, or seconds within [`LIVE_POLL_SECONDS`].
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::LiveChoice;
    /// assert_eq!(LiveChoice::parse("60"), Some(LiveChoice::Every(60)));
    /// assert_eq!(LiveChoice::parse("off"), Some(LiveChoice::Off));
    /// assert_eq!(LiveChoice::parse("1"), None);
    /// ```
    pub fn parse(value: &str) -> Option<LiveChoice> {
        if value == "off" {
            return Some(LiveChoice::Off);
        }
        value
            .parse()
            .ok()
            .filter(|seconds| LIVE_POLL_SECONDS.contains(seconds))
            .map(LiveChoice::Every)
    }

    /// How the choice is written in an address.
    pub fn to_query_value(self) -> String {
        match self {
            LiveChoice::Off => "off".to_owned(),
            LiveChoice::Every(seconds) => seconds.to_string(),
        }
    }
}

/// Seconds between checks: the address's choice when it made one, else the document's, else
/// none (the page does not check again).
///
/// # Example
/// ```
/// use chronoline::chronology::{poll_seconds, LiveChoice, LiveOptions};
/// let document = Some(LiveOptions { poll_seconds: 60 });
/// assert_eq!(poll_seconds(None, document), Some(60));
/// assert_eq!(poll_seconds(Some(LiveChoice::Every(30)), document), Some(30));
/// assert_eq!(poll_seconds(Some(LiveChoice::Off), document), None);
/// assert_eq!(poll_seconds(None, None), None);
/// ```
pub fn poll_seconds(choice: Option<LiveChoice>, document: Option<LiveOptions>) -> Option<u32> {
    match choice {
        Some(LiveChoice::Off) => None,
        Some(LiveChoice::Every(seconds)) => Some(seconds),
        None => document.map(|live| live.poll_seconds),
    }
}

/// Seconds to wait before the next check, after `failures` checks in a row have failed: the
/// usual interval, doubled for each failure, up to [`LONGEST_RETRY_SECONDS`] (or the usual
/// interval when that is longer).
///
/// # Example
/// ```
/// use chronoline::chronology::next_check_seconds;
/// assert_eq!(next_check_seconds(60, 0), 60);
/// assert_eq!(next_check_seconds(60, 1), 120);
/// assert_eq!(next_check_seconds(60, 3), 480);
/// assert_eq!(next_check_seconds(60, 40), 900);
/// ```
pub fn next_check_seconds(poll_seconds: u32, failures: u32) -> u32 {
    let longest = LONGEST_RETRY_SECONDS.max(poll_seconds);
    poll_seconds
        .checked_mul(2u32.saturating_pow(failures))
        .map_or(longest, |seconds| seconds.min(longest))
}

/// What a live update brought: the chronology to show and how it differs from the one shown.
#[derive(Clone, Debug)]
pub struct LiveUpdate {
    /// The newer version, with every event the shown one had and the newer one lacks kept,
    /// marked [`EventStanding::Removed`] (with the sources it cites).
    pub chronology: Chronology,
    /// What changed from the shown version to the newer one.
    pub diff: ChronologyDiff,
}

impl LiveUpdate {
    /// Joins `newer` to `shown`, the version on screen (which may hold events an earlier
    /// update marked removed): they stay, as do events removed now. An event that comes back
    /// stands again.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{parse_chronology, EventStanding, LiveUpdate};
    /// let read = |json: &str| parse_chronology(json).unwrap().chronology;
    /// let shown = read(r#"{"format_version": 1, "events": [
    ///   {"id": "a", "start": "2025-06-11", "lane": "exchange", "title": "Swap"},
    ///   {"id": "b", "start": "2025-06-12", "lane": "talks", "title": "Talks"}]}"#);
    /// let newer = read(r#"{"format_version": 1, "events": [
    ///   {"id": "b", "start": "2025-06-12", "lane": "talks", "title": "Talks"},
    ///   {"id": "c", "start": "2025-06-14", "lane": "exchange", "title": "Another swap"}]}"#);
    /// let update = LiveUpdate::join(&shown, newer);
    /// assert_eq!(update.diff.added, ["c"]);
    /// let a = update.chronology.event("a").unwrap();
    /// assert_eq!(a.standing(), &EventStanding::Removed);
    /// assert_eq!(update.chronology.events.len(), 3);
    /// ```
    pub fn join(shown: &Chronology, newer: Chronology) -> LiveUpdate {
        let diff = ChronologyDiff::between(shown, &newer);
        LiveUpdate::from_diff(shown, newer, diff)
    }

    /// [`LiveUpdate::join`] with the difference already found (`diff`, from
    /// [`ChronologyDiff::between`] of the same two versions), so that a page can do the two
    /// halves of the work in separate tasks.
    pub fn from_diff(
        shown: &Chronology,
        newer: Chronology,
        mut diff: ChronologyDiff,
    ) -> LiveUpdate {
        // Events an earlier update marked removed are not news again.
        diff.removed.retain(|id| {
            shown
                .event(id)
                .is_some_and(|event| event.standing() != &EventStanding::Removed)
        });
        let gone: Vec<_> = shown
            .events
            .iter()
            .filter(|event| newer.event(&event.id).is_none())
            .collect();
        if gone.is_empty() {
            return LiveUpdate {
                chronology: newer,
                diff,
            };
        }
        let mut kept_sources = BTreeSet::new();
        let mut sources_gone = Vec::new();
        for event in &gone {
            for id in &event.sources {
                if newer.source(id).is_none() && kept_sources.insert(id.as_str()) {
                    if let Some(source) = shown.source(id) {
                        sources_gone.push(source.clone());
                    }
                }
            }
        }
        let Chronology {
            about,
            lanes,
            mut sources,
            mut events,
            eras,
            ..
        } = newer;
        sources.extend(sources_gone);
        events.extend(gone.into_iter().map(|event| {
            let mut event = event.clone();
            event.set_standing(EventStanding::Removed);
            event
        }));
        let mut chronology = Chronology::new(about, lanes, sources, events);
        chronology.eras = eras;
        LiveUpdate { chronology, diff }
    }
}

/// What live updates have brought since the page opened, for the views to mark: events that
/// arrived, events corrected (each field from what the page first showed to what it shows
/// now), and what the reader has not yet been told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionChanges {
    /// Ids of the events that arrived.
    pub added: BTreeSet<String>,
    /// For each corrected event, its changed fields: as first shown, and now.
    pub corrected: BTreeMap<String, Vec<FieldChange>>,
    /// What the announcement says, until the reader has seen it.
    pub unseen: UnseenChanges,
}

/// The changes not yet announced to the reader, counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnseenChanges {
    /// Ids of the events that arrived, newest last.
    pub added: Vec<String>,
    /// Ids of the events corrected (each once).
    pub corrected: BTreeSet<String>,
    /// How many events were withdrawn.
    pub withdrawn: usize,
    /// How many events left the data.
    pub removed: usize,
}

impl UnseenChanges {
    /// Whether there is nothing to announce.
    pub fn is_empty(&self) -> bool {
        *self == UnseenChanges::default()
    }
}

impl SessionChanges {
    /// Adds what one update changed. A field corrected twice keeps the text the page first
    /// showed; one corrected back to it is no longer a correction.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{ChronologyDiff, EventChange, FieldChange, SessionChanges};
    /// let figure = |before: &str, after: &str| ChronologyDiff {
    ///     changed: vec![EventChange { id: "a".into(), fields: vec![FieldChange {
    ///         field: "figures", before: before.into(), after: after.into() }] }],
    ///     ..ChronologyDiff::default()
    /// };
    /// let mut changes = SessionChanges::default();
    /// changes.record(&figure("1200", "1212"));
    /// changes.record(&figure("1212", "1215"));
    /// let fields = changes.corrections_of("a");
    /// assert_eq!((fields[0].before.as_str(), fields[0].after.as_str()), ("1200", "1215"));
    /// changes.record(&figure("1215", "1200"));
    /// assert!(changes.corrections_of("a").is_empty());
    /// ```
    pub fn record(&mut self, diff: &ChronologyDiff) {
        for id in &diff.added {
            self.added.insert(id.clone());
            self.unseen.added.push(id.clone());
        }
        for change in &diff.changed {
            // An event that arrived in this session is new, not corrected.
            if self.added.contains(&change.id) {
                continue;
            }
            let fields = self.corrected.entry(change.id.clone()).or_default();
            for field in &change.fields {
                match fields.iter().position(|known| known.field == field.field) {
                    Some(at) => fields[at].after = field.after.clone(),
                    None => fields.push(field.clone()),
                }
            }
            fields.retain(|field| field.before != field.after);
            if fields.is_empty() {
                self.corrected.remove(&change.id);
            } else {
                self.unseen.corrected.insert(change.id.clone());
            }
        }
        self.unseen.withdrawn += diff.withdrawn.len();
        self.unseen.removed += diff.removed.len();
    }

    /// The fields of event `id` corrected since the page opened (none when it was not).
    pub fn corrections_of(&self, id: &str) -> &[FieldChange] {
        self.corrected.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether event `id` arrived since the page opened.
    pub fn is_new(&self, id: &str) -> bool {
        self.added.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    fn read(events: &str) -> Chronology {
        parse_chronology(&format!(
            r#"{{"format_version": 1,
                "sources": [{{"id": "s1", "publisher": "AFP"}}, {{"id": "s2", "publisher": "Reuters"}}],
                "events": [{events}]}}"#
        ))
        .unwrap()
        .chronology
    }

    #[test]
    fn a_removed_event_stays_with_its_sources_and_is_news_only_once() {
        let shown = read(
            r#"{"id": "a", "start": "2025-06-11", "lane": "talks", "title": "A", "sources": ["s1"]},
               {"id": "b", "start": "2025-06-12", "lane": "talks", "title": "B", "sources": ["s2"]}"#,
        );
        let newer = parse_chronology(
            r#"{"format_version": 1, "sources": [{"id": "s2", "publisher": "Reuters"}],
                "events": [{"id": "b", "start": "2025-06-12", "lane": "talks", "title": "B", "sources": ["s2"]}]}"#,
        )
        .unwrap()
        .chronology;
        let first = LiveUpdate::join(&shown, newer.clone());
        assert_eq!(first.diff.removed, ["a"]);
        let a = first.chronology.event("a").unwrap();
        assert_eq!(a.standing(), &EventStanding::Removed);
        let index = first.chronology.event_index("a").unwrap();
        let publishers: Vec<&str> = first
            .chronology
            .sources_of(index)
            .map(|source| source.publisher.as_str())
            .collect();
        assert_eq!(publishers, ["AFP"], "its source is kept with it");
        let second = LiveUpdate::join(&first.chronology, newer);
        assert!(second.diff.is_empty(), "{:?}", second.diff);
        assert_eq!(
            second.chronology.event("a").unwrap().standing(),
            &EventStanding::Removed,
            "still shown as removed until reload"
        );
    }

    #[test]
    fn a_removed_event_that_comes_back_stands_again() {
        let shown = read(r#"{"id": "a", "start": "2025-06-11", "lane": "talks", "title": "A"}"#);
        let gone = LiveUpdate::join(&shown, read("")).chronology;
        let back = LiveUpdate::join(&gone, shown.clone());
        assert_eq!(back.diff.added, Vec::<String>::new());
        assert_eq!(back.chronology, shown);
    }

    #[test]
    fn an_update_is_counted_for_the_announcement_until_seen() {
        let shown = read(
            r#"{"id": "a", "start": "2025-06-11", "lane": "talks", "title": "A"},
               {"id": "b", "start": "2025-06-12", "lane": "talks", "title": "B"},
               {"id": "c", "start": "2025-06-13", "lane": "talks", "title": "C"}"#,
        );
        let newer = read(
            r#"{"id": "a", "start": "2025-06-11", "lane": "talks", "title": "A corrected"},
               {"id": "b", "start": "2025-06-12", "lane": "talks", "title": "B", "withdrawn": true},
               {"id": "d", "start": "2025-06-14", "lane": "talks", "title": "D"},
               {"id": "e", "start": "2025-06-15", "lane": "talks", "title": "E"}"#,
        );
        let update = LiveUpdate::join(&shown, newer);
        let mut changes = SessionChanges::default();
        changes.record(&update.diff);
        assert_eq!(changes.unseen.added, ["d", "e"]);
        assert_eq!(changes.unseen.corrected.len(), 1);
        assert_eq!((changes.unseen.withdrawn, changes.unseen.removed), (1, 1));
        assert!(changes.is_new("d") && !changes.is_new("a"));
        assert_eq!(changes.corrections_of("a")[0].after, "A corrected");
        // The reader saw it; the marks stay until reload.
        changes.unseen = UnseenChanges::default();
        let again = LiveUpdate::join(
            &update.chronology,
            read(
                r#"{"id": "a", "start": "2025-06-11", "lane": "talks", "title": "A corrected"},
               {"id": "b", "start": "2025-06-12", "lane": "talks", "title": "B", "withdrawn": true},
               {"id": "d", "start": "2025-06-14", "lane": "talks", "title": "D, with more"},
               {"id": "e", "start": "2025-06-15", "lane": "talks", "title": "E"}"#,
            ),
        );
        changes.record(&again.diff);
        assert!(
            changes.unseen.is_empty(),
            "a new event's change is not a correction"
        );
        assert!(changes.is_new("d"));
        assert_eq!(changes.corrections_of("a").len(), 1);
    }

    #[test]
    fn checks_back_off_while_the_server_fails_and_never_overflow() {
        let waits: Vec<u32> = (0..6)
            .map(|failures| next_check_seconds(5, failures))
            .collect();
        assert_eq!(waits, [5, 10, 20, 40, 80, 160]);
        assert_eq!(next_check_seconds(5, u32::MAX), LONGEST_RETRY_SECONDS);
        assert_eq!(
            next_check_seconds(86_400, 3),
            86_400,
            "never sooner than asked"
        );
    }

    #[test]
    fn an_address_asks_for_seconds_within_bounds_or_off() {
        assert_eq!(LiveChoice::parse("5"), Some(LiveChoice::Every(5)));
        assert_eq!(LiveChoice::parse("4"), None);
        assert_eq!(LiveChoice::parse("86401"), None);
        assert_eq!(LiveChoice::parse("-60"), None);
        assert_eq!(LiveChoice::parse("OFF"), None);
        assert_eq!(LiveChoice::Every(60).to_query_value(), "60");
    }
}
