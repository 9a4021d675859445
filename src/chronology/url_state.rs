//! The view as a URL query, so any state can be shared and the back button works.
//!
//! `?data=…&event=evt-042&hide=talks,other&q=sumy&from=2025-01&to=2025-12&tags=a,b&contested=1&withdrawn=show&range=2025-06-01T00:00Z~2025-07-01T00:00Z&view=list&mode=present&order=newest&autoplay=8&live=60&lang=uk`
//! Every key is optional; unknown keys and values that do not parse are ignored.
//!
//! The presenter's window is opened at `?…&mode=presenter&briefing=<token>`: the token of the
//! briefing it joins ([`ViewState::to_query_with_briefing`], [`ViewState::briefing_from_query`]).

use super::briefing::BriefingToken;
use super::date::{civil_from_days, iso_year, EventDate};
use super::filter::EventFilter;
use super::language::Language;
use super::live::LiveChoice;
use super::time::{Moment, TimeSpan};

/// Which view of the chronology is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewMode {
    /// The interactive timeline.
    #[default]
    Timeline,
    /// The accessible list.
    List,
    /// Every source with the events that cite it.
    Sources,
}

words!(ViewMode {
    Timeline => "timeline",
    List => "list",
    Sources => "sources",
});

/// Whether the chronology is being presented, slide by slide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Presentation {
    /// Not presenting.
    #[default]
    Off,
    /// `mode=present`: one event per slide, full screen.
    Slides,
    /// `mode=presenter`: the presenter's window — current and next event, notes, time.
    Presenter,
}

words!(Presentation {
    Off => "off",
    Slides => "present",
    Presenter => "presenter",
});

/// In which order the list and the handout give the events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventOrder {
    /// Earliest first, as a chronology reads.
    #[default]
    Oldest,
    /// `order=newest`: the latest first, as a live page of news reads.
    Newest,
}

words!(EventOrder {
    Oldest => "oldest",
    Newest => "newest",
});

impl EventOrder {
    /// `shown` (indices in time order) in this order.
    pub fn arrange(self, shown: &[usize]) -> Vec<usize> {
        match self {
            EventOrder::Oldest => shown.to_vec(),
            EventOrder::Newest => shown.iter().rev().copied().collect(),
        }
    }
}

/// The shortest and longest time a presentation may stay on a slide by itself (`autoplay=`,
/// seconds): long enough to read a title, short of forgetting the screen.
pub const AUTOPLAY_SECONDS: std::ops::RangeInclusive<u32> = 3..=3600;

/// The `event=` word that opens the most recent event, whatever its id.
pub const LATEST_EVENT: &str = "latest";

/// Everything about the view that a link should restore.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The `?data=` address of the chronology, when not the bundled one.
    pub data: Option<String>,
    /// The id of the selected event.
    pub selected: Option<String>,
    /// The filters.
    pub filter: EventFilter,
    /// The visible time span: its first and last moment.
    pub range: Option<(Moment, Moment)>,
    /// Timeline or list.
    pub mode: ViewMode,
    /// Presenting, and in which window; the slide is the selected event.
    pub presentation: Presentation,
    /// The interface language the address asked for (`lang=uk`); otherwise the reader's
    /// browser chooses ([`Language::choose`]).
    pub language: Option<Language>,
    /// The order of the list and the handout.
    pub order: EventOrder,
    /// Seconds a presentation stays on each slide before it goes on by itself, looping at
    /// the end (`autoplay=8`, within [`AUTOPLAY_SECONDS`]); kiosks and briefing-room screens.
    pub autoplay: Option<u32>,
    /// Whether to check the data again and how often (`live=60`, `live=off`), over what the
    /// document says.
    pub live: Option<LiveChoice>,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{ViewMode, ViewState};
    /// let state = ViewState::from_query("?event=evt-042&q=Sumy%20region&hide=talks,other&view=list");
    /// assert_eq!(state.selected.as_deref(), Some("evt-042"));
    /// assert_eq!(state.filter.text, "Sumy region");
    /// assert_eq!(state.filter.hidden_lanes.len(), 2);
    /// assert_eq!(state.mode, ViewMode::List);
    /// ```
    pub fn from_query(query: &str) -> ViewState {
        let mut state = ViewState::default();
        // Inserted one by one: collecting a set sorts first, one more copy of a sort in wasm.
        let list = |value: &str| {
            let mut items = std::collections::BTreeSet::new();
            for item in value
                .split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
            {
                items.insert(item.to_owned());
            }
            items
        };
        for (key, value) in query_pairs(query) {
            match key {
                "data" => state.data = Some(value),
                "event" => state.selected = Some(value),
                "hide" => state.filter.hidden_lanes = list(&value),
                "q" => state.filter.text = value,
                "from" => state.filter.from = EventDate::parse(&value).ok(),
                "to" => state.filter.to = EventDate::parse(&value).ok(),
                "tags" => state.filter.tags = list(&value),
                "view" => {
                    if let Ok(mode) = value.parse() {
                        state.mode = mode;
                    }
                }
                "contested" if value == "1" => state.filter.contested_only = true,
                "withdrawn" if value == "show" => state.filter.show_withdrawn = true,
                "live" => state.live = LiveChoice::parse(&value),
                "lang" => state.language = Language::from_tag(&value),
                "order" => {
                    if let Ok(order) = value.parse() {
                        state.order = order;
                    }
                }
                "autoplay" => {
                    state.autoplay = value
                        .parse()
                        .ok()
                        .filter(|seconds| AUTOPLAY_SECONDS.contains(seconds))
                }
                "mode" => {
                    if let Ok(presentation) = value.parse() {
                        state.presentation = presentation;
                    }
                }
                "range" => {
                    state.range = value.split_once('~').and_then(|(start, end)| {
                        let start = EventDate::parse(start).ok()?.earliest();
                        let end = EventDate::parse(end).ok()?.earliest();
                        (end > start).then_some((start, end))
                    });
                }
                _ => {}
            }
        }
        state
    }

    /// The briefing a presenter's window joins: the token in `briefing=`, when it is a valid
    /// [`BriefingToken`] (otherwise the window goes on alone).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::ViewState;
    /// let token = ViewState::briefing_from_query("?mode=presenter&briefing=Zx8-kQ_3mW9pL2vR");
    /// assert_eq!(token.unwrap().as_str(), "Zx8-kQ_3mW9pL2vR");
    /// assert_eq!(ViewState::briefing_from_query("?mode=presenter&briefing=short"), None);
    /// ```
    pub fn briefing_from_query(query: &str) -> Option<BriefingToken> {
        query_pairs(query)
            .filter(|(key, _)| *key == "briefing")
            .last()
            .and_then(|(_, value)| BriefingToken::parse(&value))
    }

    /// The state's query (see [`ViewState::to_query`]) followed by `briefing=<token>`: the
    /// address of a presenter's window that joins that briefing.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{BriefingToken, Presentation, ViewState};
    /// let token = BriefingToken::parse("Zx8-kQ_3mW9pL2vR").unwrap();
    /// let state = ViewState { presentation: Presentation::Presenter, ..ViewState::default() };
    /// let query = state.to_query_with_briefing(&token);
    /// assert_eq!(query, "?mode=presenter&briefing=Zx8-kQ_3mW9pL2vR");
    /// assert_eq!(ViewState::from_query(&query), state);
    /// assert_eq!(ViewState::briefing_from_query(&query), Some(token));
    /// ```
    pub fn to_query_with_briefing(&self, token: &BriefingToken) -> String {
        let query = self.to_query();
        let separator = if query.is_empty() { '?' } else { '&' };
        format!(
            "{query}{separator}briefing={}",
            percent_encode(token.as_str())
        )
    }

    /// The state a permanent link to one event carries: the data it belongs to and the event,
    /// nothing of the view it was copied from (no filters, range, list or presentation).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::ViewState;
    /// let link = ViewState::of_event(Some("war.json".into()), "evt-042");
    /// assert_eq!(link.to_query(), "?data=war.json&event=evt-042");
    /// ```
    pub fn of_event(data: Option<String>, event: &str) -> ViewState {
        ViewState {
            data,
            selected: Some(event.to_owned()),
            ..ViewState::default()
        }
    }

    /// Writes the state as a query string starting with `?`, or an empty string when there
    /// is nothing to say. Reading it back gives the same state (the range to the minute).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::ViewState;
    /// let state = ViewState { selected: Some("evt-042".into()), ..ViewState::default() };
    /// assert_eq!(state.to_query(), "?event=evt-042");
    /// assert_eq!(ViewState::from_query(&state.to_query()), state);
    /// ```
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let join = |items: &std::collections::BTreeSet<String>| {
            items.iter().cloned().collect::<Vec<_>>().join(",")
        };
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        if let Some(selected) = &self.selected {
            pairs.push(("event", selected.clone()));
        }
        if !self.filter.hidden_lanes.is_empty() {
            pairs.push(("hide", join(&self.filter.hidden_lanes)));
        }
        if !self.filter.text.is_empty() {
            pairs.push(("q", self.filter.text.clone()));
        }
        if let Some(from) = self.filter.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.filter.to {
            pairs.push(("to", to.to_string()));
        }
        if !self.filter.tags.is_empty() {
            pairs.push(("tags", join(&self.filter.tags)));
        }
        if self.filter.contested_only {
            pairs.push(("contested", "1".to_owned()));
        }
        if self.filter.show_withdrawn {
            pairs.push(("withdrawn", "show".to_owned()));
        }
        if let Some((start, end)) = self.range {
            pairs.push((
                "range",
                format!("{}~{}", utc_minute(start), utc_minute(end)),
            ));
        }
        match self.mode {
            ViewMode::Timeline => {}
            mode @ (ViewMode::List | ViewMode::Sources) => {
                pairs.push(("view", mode.as_str().to_owned()))
            }
        }
        match self.presentation {
            Presentation::Off => {}
            presentation @ (Presentation::Slides | Presentation::Presenter) => {
                pairs.push(("mode", presentation.as_str().to_owned()))
            }
        }
        if let Some(seconds) = self.autoplay {
            pairs.push(("autoplay", seconds.to_string()));
        }
        if let Some(live) = self.live {
            pairs.push(("live", live.to_query_value()));
        }
        if self.order == EventOrder::Newest {
            pairs.push(("order", EventOrder::Newest.as_str().to_owned()));
        }
        if let Some(language) = self.language {
            pairs.push(("lang", language.as_str().to_owned()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs
            .into_iter()
            .map(|(key, value)| format!("{key}={}", percent_encode(&value)))
            .collect();
        format!("?{}", encoded.join("&"))
    }
}

/// The query with `key` set to `value`: every other pair kept as it was, in its place, and
/// `key` replaced where it was or added at the end. For links that change one thing, such as
/// the language menu's, whatever else the address carries (embed options, a briefing).
///
/// # Example
/// ```
/// use chronoline::chronology::with_query_value;
/// assert_eq!(with_query_value("?event=e1&lang=en&theme=dark", "lang", "uk"), "?event=e1&lang=uk&theme=dark");
/// assert_eq!(with_query_value("", "lang", "ru"), "?lang=ru");
/// ```
pub fn with_query_value(query: &str, key: &str, value: &str) -> String {
    let value = percent_encode(value);
    let mut pairs: Vec<String> = Vec::new();
    let mut replaced = false;
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        if pair.split_once('=').map_or(pair, |(name, _)| name) == key {
            if !replaced {
                pairs.push(format!("{key}={value}"));
                replaced = true;
            }
        } else {
            pairs.push(pair.to_owned());
        }
    }
    if !replaced {
        pairs.push(format!("{key}={value}"));
    }
    format!("?{}", pairs.join("&"))
}

/// A moment as `YYYY-MM-DDTHH:MMZ`, rounded to the minute.
fn utc_minute(moment: Moment) -> String {
    let minutes = (moment - Moment::from_ms(0.0)) / TimeSpan::MINUTE;
    let minutes = minutes.round() as i64;
    let (year, month, day) = civil_from_days(minutes.div_euclid(1440));
    let minute_of_day = minutes.rem_euclid(1440);
    format!(
        "{}-{month:02}-{day:02}T{:02}:{:02}Z",
        iso_year(year),
        minute_of_day / 60,
        minute_of_day % 60
    )
}

/// The decoded `key=value` pairs of a query string (with or without the leading `?`),
/// skipping empty values.
pub(super) fn query_pairs(query: &str) -> impl Iterator<Item = (&str, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key, percent_decode(value))
        })
        .filter(|(_, value)| !value.is_empty())
}

/// Percent-encodes a query value, keeping letters, digits and `-_.~,:` readable.
pub(super) fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                encoded.push(char::from(byte))
            }
            other => encoded.push_str(&format!("%{other:02X}")),
        }
    }
    encoded
}

/// Decodes `%XX` and `+`; malformed escapes stay as they are, invalid UTF-8 becomes U+FFFD.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[index] {
            b'+' => decoded.push(b' '),
            b'%' if index + 2 < bytes.len() => {
                match (hex(bytes[index + 1]), hex(bytes[index + 2])) {
                    (Some(high), Some(low)) => {
                        decoded.push((high * 16 + low) as u8);
                        index += 2;
                    }
                    _ => decoded.push(b'%'),
                }
            }
            other => decoded.push(other),
        }
        index += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_of_the_state_survives_a_round_trip() {
        let state = ViewState {
            data: Some("https://example.org/a b.json?x=1&y=2".into()),
            selected: Some("evt-042".into()),
            filter: EventFilter {
                hidden_lanes: ["talks".to_owned(), "other".to_owned()].into(),
                text: "Суми & Kursk+".into(),
                from: EventDate::parse("2025-01").ok(),
                to: EventDate::parse("2025-12-31").ok(),
                tags: ["Istanbul".to_owned()].into(),
                contested_only: true,
                show_withdrawn: true,
            },
            range: Some((
                Moment::from_ms(1_748_736_000_000.0),
                Moment::from_ms(1_751_328_000_000.0),
            )),
            mode: ViewMode::List,
            presentation: Presentation::Slides,
            language: Some(Language::Ukrainian),
            order: EventOrder::Newest,
            autoplay: Some(8),
            live: Some(LiveChoice::Every(60)),
        };
        let query = state.to_query();
        assert!(query.ends_with("&lang=uk"), "{query}");
        assert!(!query.contains(' ') && !query.contains("&y"), "{query}");
        assert_eq!(ViewState::from_query(&query), state);
        assert_eq!(ViewState::default().to_query(), "");
        let sources = ViewState {
            mode: ViewMode::Sources,
            ..ViewState::default()
        };
        assert_eq!(ViewState::from_query(&sources.to_query()), sources);
        let presenter = ViewState {
            presentation: Presentation::Presenter,
            ..ViewState::default()
        };
        assert_eq!(presenter.to_query(), "?mode=presenter");
        assert_eq!(ViewState::from_query(&presenter.to_query()), presenter);
        assert_eq!(
            ViewState::from_query("?lang=ru-RU").language,
            Some(Language::Russian)
        );
        assert_eq!(ViewState::from_query("?lang=de").language, None);
        assert_eq!(
            ViewState::from_query("?autoplay=2").autoplay,
            None,
            "too fast to read"
        );
        assert_eq!(ViewState::from_query("?autoplay=x").autoplay, None);
        assert_eq!(ViewState::from_query("?autoplay=3600").autoplay, Some(3600));
        assert_eq!(
            with_query_value("?q=a%20b&lang=ru&lang=en&briefing=x", "lang", "uk"),
            "?q=a%20b&lang=uk&briefing=x"
        );
    }

    #[test]
    fn the_briefing_token_survives_a_round_trip_beside_the_state() {
        let token = BriefingToken::from_random([7; 16]);
        let presenter = ViewState {
            data: Some("https://example.org/a b.json".into()),
            selected: Some("evt-042".into()),
            presentation: Presentation::Presenter,
            ..ViewState::default()
        };
        let query = presenter.to_query_with_briefing(&token);
        assert_eq!(
            query,
            format!(
                "?data=https:%2F%2Fexample.org%2Fa%20b.json&event=evt-042&mode=presenter&briefing={}",
                token.as_str()
            )
        );
        assert_eq!(ViewState::from_query(&query), presenter);
        assert_eq!(ViewState::briefing_from_query(&query), Some(token.clone()));
        let alone = ViewState::default().to_query_with_briefing(&token);
        assert_eq!(alone, format!("?briefing={}", token.as_str()));
        assert_eq!(ViewState::briefing_from_query(&alone), Some(token));
        assert_eq!(ViewState::briefing_from_query(&presenter.to_query()), None);
    }

    #[test]
    fn an_invalid_briefing_token_is_ignored() {
        for query in [
            "?mode=presenter&briefing=",
            "?mode=presenter&briefing=tooshort",
            "?mode=presenter&briefing=abcdefgh%2Fijklmnop",
            "?mode=presenter&briefing=abcdefgh+ijklmnop",
            "?mode=presenter&briefing=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "?mode=presenter&briefing=abcdefghijklmnop%00",
            "?mode=presenter&briefing",
            "?mode=presenter&briefingx=abcdefghijklmnop",
        ] {
            assert_eq!(ViewState::briefing_from_query(query), None, "{query}");
            let state = ViewState::from_query(query);
            assert_eq!(state.presentation, Presentation::Presenter, "{query}");
        }
        let long = format!("?briefing={}", "a".repeat(65));
        assert_eq!(ViewState::briefing_from_query(&long), None);
        let longest = format!("?briefing={}", "a".repeat(64));
        assert!(ViewState::briefing_from_query(&longest).is_some());
        // The last `briefing=` counts, as for every other key.
        let twice = "?briefing=first-token-0000000&briefing=second-token-000000";
        assert_eq!(
            ViewState::briefing_from_query(twice).map(|token| token.as_str().to_owned()),
            Some("second-token-000000".to_owned())
        );
    }

    #[test]
    fn a_permalink_names_the_data_and_the_event_and_nothing_of_the_view() {
        let presenting = ViewState::from_query(
            "?data=a.json&event=e1&mode=present&view=list&q=sumy&range=2025-06-01T00:00Z~2025-07-01T00:00Z",
        );
        assert_eq!(presenting.presentation, Presentation::Slides);
        let link = ViewState::of_event(presenting.data.clone(), "e2");
        assert_eq!(link.to_query(), "?data=a.json&event=e2");
        assert_eq!(
            ViewState::from_query(&link.to_query()).presentation,
            Presentation::Off
        );
    }

    #[test]
    fn bad_values_are_ignored() {
        let state = ViewState::from_query(
            "?from=yesterday&range=2025-07~2025-06&view=grid&zz=1&q=%E2%28%A1&event=&%",
        );
        assert_eq!(state.filter.from, None);
        assert_eq!(state.range, None);
        assert_eq!(state.mode, ViewMode::Timeline);
        assert_eq!(state.selected, None);
        assert_eq!(state.filter.text, "\u{fffd}(\u{fffd}");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%4"), "%4");
    }

    #[test]
    fn a_range_before_the_common_era_reads_back() {
        let start = EventDate::parse("-0043-03-01").unwrap().earliest();
        let end = EventDate::parse("-0043-04-01").unwrap().earliest();
        let state = ViewState {
            range: Some((start, end)),
            ..ViewState::default()
        };
        let query = state.to_query();
        assert!(
            query.contains("range=-0043-03-01T00:00Z~-0043-04-01T00:00Z"),
            "{query}"
        );
        assert_eq!(ViewState::from_query(&query).range, Some((start, end)));
    }
}
