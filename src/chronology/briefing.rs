//! Briefing mode: the filtered chronology as slides, one event each, driven by the keys a
//! presentation clicker sends (→/←, Space, PageDown/PageUp), Home/End, a typed slide number
//! and Enter, or a swipe — the overview strip that shows where a slide sits, and the rules of
//! the channel that keeps the presenter's window on the same slide.

use super::date::EventDate;
use super::model::Chronology;
use super::time::Moment;

/// What a key press or a swipe asks the presentation to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideCommand {
    /// The next slide.
    Next,
    /// The previous slide.
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// Slide number `n`, counting from 1.
    GoTo(usize),
    /// Leave the presentation.
    Leave,
}

/// The most digits a slide number may have.
const MAX_TYPED_DIGITS: usize = 6;

/// Turns key presses into slide commands, remembering the digits typed before Enter.
///
/// # Example
/// ```
/// use chronoline::chronology::{SlideCommand, SlideKeys};
/// let mut keys = SlideKeys::default();
/// assert_eq!(keys.press("PageDown", false), Some(SlideCommand::Next));
/// assert_eq!(keys.press(" ", true), Some(SlideCommand::Previous));
/// assert_eq!(keys.press("1", false), None);
/// assert_eq!(keys.press("2", false), None);
/// assert_eq!(keys.typed(), "12");
/// assert_eq!(keys.press("Enter", false), Some(SlideCommand::GoTo(12)));
/// assert_eq!(keys.typed(), "");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlideKeys {
    typed: String,
}

impl SlideKeys {
    /// The command for a key (its `KeyboardEvent.key` value; `shift` when Shift is held), or
    /// `None` when the key only edits the typed number or means nothing here.
    pub fn press(&mut self, key: &str, shift: bool) -> Option<SlideCommand> {
        let command = match key {
            "ArrowRight" | "ArrowDown" | "PageDown" | "n" | "N" => SlideCommand::Next,
            " " | "Spacebar" if shift => SlideCommand::Previous,
            " " | "Spacebar" => SlideCommand::Next,
            "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => SlideCommand::Previous,
            "Home" => SlideCommand::First,
            "End" => SlideCommand::Last,
            "Escape" | "Esc" => SlideCommand::Leave,
            "Enter" => {
                let number = self.typed.parse().ok();
                self.typed.clear();
                return number.map(SlideCommand::GoTo);
            }
            "Backspace" => {
                self.typed.pop();
                return None;
            }
            digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() => {
                if self.typed.len() < MAX_TYPED_DIGITS {
                    self.typed.push_str(digit);
                }
                return None;
            }
            _ => return None,
        };
        self.typed.clear();
        Some(command)
    }

    /// The digits typed so far, to show the reader what Enter will do.
    pub fn typed(&self) -> &str {
        &self.typed
    }
}

/// How many places across the overview strip marks are told apart; events closer than that
/// in the same lane share one mark, so the strip stays light for any number of events.
pub const OVERVIEW_BUCKETS: usize = 400;

/// One mark of the overview strip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OverviewMark {
    /// Where, from 0 (the chronology's first moment) to 1 (its last).
    pub at: f64,
    /// The lane's position in the chronology's lane list.
    pub lane: usize,
}

/// Where `moment` sits across `extent` (its first and last moment), from 0 to 1.
pub fn overview_position(moment: Moment, extent: (Moment, Moment)) -> f64 {
    let span = extent.1 - extent.0;
    if span.ms() <= 0.0 {
        return 0.5;
    }
    super::bounded((moment - extent.0) / span, 0.0, 1.0)
}

/// The marks of the overview strip for the `shown` events (indices into the chronology's
/// events), at most one per lane in each of [`OVERVIEW_BUCKETS`] places, in time order.
///
/// # Example
/// ```
/// use chronoline::chronology::{overview_marks, parse_chronology, EventDate};
/// let chronology = parse_chronology(r#"{
///   "format_version": 1, "title": "Swaps",
///   "events": [
///     {"id": "b", "start": "2025-12-31", "lane": "exchange", "title": "Later"},
///     {"id": "a", "start": "2025-01-01", "lane": "exchange", "title": "Earlier"},
///     {"id": "c", "start": "2025-01-01", "lane": "exchange", "title": "Same day"}
///   ]}"#).unwrap().chronology;
/// let at = |text: &str| EventDate::parse(text).unwrap().earliest();
/// let marks = overview_marks(&chronology, &[0, 1, 2], (at("2025-01-01"), at("2025-12-31")));
/// let places: Vec<f64> = marks.iter().map(|mark| mark.at).collect();
/// assert_eq!(places, [0.0, 1.0]);
/// ```
pub fn overview_marks(
    chronology: &Chronology,
    shown: &[usize],
    extent: (Moment, Moment),
) -> Vec<OverviewMark> {
    let lanes = chronology.lanes.len().max(1);
    let mut taken = vec![false; (OVERVIEW_BUCKETS + 1) * lanes];
    let mut marks = Vec::new();
    for &index in shown {
        let Some(event) = chronology.events.get(index) else {
            continue;
        };
        let at = overview_position(event.start.earliest(), extent);
        let lane = chronology.lane_index(&event.lane).unwrap_or(0);
        let bucket = (at * OVERVIEW_BUCKETS as f64).round() as usize;
        // Both are within the grid: `at` is 0 to 1 and `lane` one of the chronology's lanes.
        let slot = bucket.min(OVERVIEW_BUCKETS) * lanes + lane.min(lanes - 1);
        if !std::mem::replace(&mut taken[slot], true) {
            marks.push(OverviewMark { at, lane });
        }
    }
    let order = super::sorted_positions(marks.len(), &|a, b| {
        marks[a]
            .at
            .total_cmp(&marks[b].at)
            .then(marks[a].lane.cmp(&marks[b].lane))
    });
    super::reordered(marks, &order)
}

/// The years to label on the overview strip, with where each begins (0 to 1): every year
/// inside `extent`, or every second, fifth… year so that there are at most `max_labels`.
///
/// # Example
/// ```
/// use chronoline::chronology::{overview_years, EventDate};
/// let at = |text: &str| EventDate::parse(text).unwrap().earliest();
/// let years = overview_years((at("2022-02-24"), at("2026-05-08")), 10);
/// let labels: Vec<i32> = years.iter().map(|(year, _)| *year).collect();
/// assert_eq!(labels, [2023, 2024, 2025, 2026]);
/// ```
pub fn overview_years(extent: (Moment, Moment), max_labels: usize) -> Vec<(i32, f64)> {
    let year_of = |moment| EventDate::day_of(moment).year();
    let (first, last) = (year_of(extent.0) + 1, year_of(extent.1));
    let count = usize::try_from(last - first + 1).unwrap_or(0);
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|step| count.div_ceil(*step) <= max_labels.max(1))
        .unwrap_or(1000);
    (first..=last)
        .filter(|year| year.rem_euclid(step as i32) == 0 || step == 1)
        .filter_map(|year| {
            let start = EventDate::parse(&format!("{year:04}")).ok()?.earliest();
            Some((year, overview_position(start, extent)))
        })
        .collect()
}

/// How far a finger must travel sideways for a swipe, in CSS pixels.
const SWIPE_DISTANCE: f64 = 50.0;

/// The command of a swipe that moved `dx`, `dy` pixels: to the left is the next slide, to
/// the right the previous one; short or mostly vertical moves are not swipes.
///
/// # Example
/// ```
/// use chronoline::chronology::{swipe_command, SlideCommand};
/// assert_eq!(swipe_command(-120.0, 10.0), Some(SlideCommand::Next));
/// assert_eq!(swipe_command(80.0, -5.0), Some(SlideCommand::Previous));
/// assert_eq!(swipe_command(30.0, 0.0), None);
/// assert_eq!(swipe_command(-90.0, 200.0), None);
/// ```
pub fn swipe_command(dx: f64, dy: f64) -> Option<SlideCommand> {
    if dx.abs() < SWIPE_DISTANCE || dx.abs() < dy.abs() * 1.5 {
        return None;
    }
    Some(if dx < 0.0 {
        SlideCommand::Next
    } else {
        SlideCommand::Previous
    })
}

/// The slide a command leads to in a deck of `count` slides, from slide `current` (both
/// counting from 0). Numbers past either end go to that end; `Leave` and an empty deck give
/// `None`.
///
/// # Example
/// ```
/// use chronoline::chronology::{slide_after, SlideCommand};
/// assert_eq!(slide_after(SlideCommand::Next, 3, 68), Some(4));
/// assert_eq!(slide_after(SlideCommand::Next, 67, 68), Some(67));
/// assert_eq!(slide_after(SlideCommand::GoTo(12), 0, 68), Some(11));
/// assert_eq!(slide_after(SlideCommand::GoTo(500), 0, 68), Some(67));
/// assert_eq!(slide_after(SlideCommand::Leave, 5, 68), None);
/// ```
pub fn slide_after(command: SlideCommand, current: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let current = current.min(last);
    match command {
        SlideCommand::Next => Some((current + 1).min(last)),
        SlideCommand::Previous => Some(current.saturating_sub(1)),
        SlideCommand::First => Some(0),
        SlideCommand::Last => Some(last),
        SlideCommand::GoTo(number) => Some(number.saturating_sub(1).min(last)),
        SlideCommand::Leave => None,
    }
}

/// The slide a presentation playing by itself goes to after `current` of `count`: the next,
/// and after the last the first again.
///
/// # Example
/// ```
/// use chronoline::chronology::autoplay_next;
/// assert_eq!(autoplay_next(0, 3), Some(1));
/// assert_eq!(autoplay_next(2, 3), Some(0));
/// assert_eq!(autoplay_next(0, 0), None);
/// ```
pub fn autoplay_next(current: usize, count: usize) -> Option<usize> {
    (count > 0).then(|| (current + 1) % count)
}

/// Time since the briefing started, as `m:ss` or `h:mm:ss`.
///
/// # Example
/// ```
/// use chronoline::chronology::elapsed_clock;
/// assert_eq!(elapsed_clock(65), "1:05");
/// assert_eq!(elapsed_clock(3_725), "1:02:05");
/// ```
pub fn elapsed_clock(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// The fewest characters a briefing token may have.
pub const MIN_BRIEFING_TOKEN: usize = 16;
/// The most characters a briefing token may have.
pub const MAX_BRIEFING_TOKEN: usize = 64;
/// The most characters a message between the briefing's windows may have; anything longer
/// is not one of ours and is ignored.
pub const MAX_BRIEFING_MESSAGE: usize = 200;

/// The secret that ties the presentation and the presenter's window to one briefing: 16 to 64
/// characters of `A`–`Z`, `a`–`z`, `0`–`9`, `_` and `-`, so it is safe as it is in a URL and
/// in a channel name. The presenting window draws one from the browser's random numbers and
/// hands it to the presenter's window in its address (`briefing=`).
///
/// # Example
/// ```
/// use chronoline::chronology::BriefingToken;
/// let token = BriefingToken::from_random([0xab; 16]);
/// assert_eq!(token.as_str(), "abababababababababababababababab");
/// assert_eq!(BriefingToken::parse(token.as_str()), Some(token));
/// assert_eq!(BriefingToken::parse("short"), None);
/// assert_eq!(BriefingToken::parse("not/a/token/at/all/really"), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BriefingToken(String);

impl BriefingToken {
    /// The token `text` spells, or `None` when it is too short, too long or has a character
    /// outside `[A-Za-z0-9_-]`.
    pub fn parse(text: &str) -> Option<BriefingToken> {
        let allowed = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-';
        ((MIN_BRIEFING_TOKEN..=MAX_BRIEFING_TOKEN).contains(&text.len())
            && text.bytes().all(allowed))
        .then(|| BriefingToken(text.to_owned()))
    }

    /// The token for 128 random bits (from `crypto.getRandomValues`): 32 hexadecimal digits.
    pub fn from_random(bytes: [u8; 16]) -> BriefingToken {
        BriefingToken(bytes.iter().map(|byte| format!("{byte:02x}")).collect())
    }

    /// The token as written in a URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What identifies the presented chronology in every message: a hash of its `?data=`
/// address, its title and its number of events. Two windows showing different chronologies
/// (or different versions of one) never take each other's slides.
///
/// # Example
/// ```
/// use chronoline::chronology::{parse_chronology, ChronologyFingerprint};
/// let chronology = parse_chronology(r#"{"format_version": 1, "title": "Swaps", "events": []}"#)
///     .unwrap()
///     .chronology;
/// let bundled = ChronologyFingerprint::of(None, &chronology);
/// assert_eq!(bundled, ChronologyFingerprint::of(None, &chronology));
/// assert_ne!(bundled, ChronologyFingerprint::of(Some("other.json"), &chronology));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChronologyFingerprint(u64);

impl ChronologyFingerprint {
    /// The fingerprint of `chronology`, loaded from the `data` address (`None`: the bundled
    /// one). The hash is FNV-1a, the same in every build, so every window computes the same.
    pub fn of(data: Option<&str>, chronology: &Chronology) -> ChronologyFingerprint {
        let mut hash = Fnv1a::default();
        match data {
            Some(data) => {
                hash.write(&[1]);
                hash.write_str(data);
            }
            None => hash.write(&[0]),
        }
        hash.write_str(&chronology.about.title);
        hash.write(&(chronology.events.len() as u64).to_le_bytes());
        ChronologyFingerprint(hash.0)
    }
}

/// The 64-bit FNV-1a hash: tiny, and stable across builds and platforms (unlike std's
/// `DefaultHasher`).
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// Writes the length first, so that ("ab", "c") and ("a", "bc") differ.
    fn write_str(&mut self, text: &str) {
        self.write(&(text.len() as u64).to_le_bytes());
        self.write(text.as_bytes());
    }
}

/// The channel between the windows of one briefing: its name comes from the briefing's
/// token, and each message is `<fingerprint>:<event id>`, the fingerprint as 16 hexadecimal
/// digits. Whatever else arrives — another briefing's slides, another chronology's, an
/// oversized or malformed message — is ignored.
///
/// # Example
/// ```
/// use chronoline::chronology::{parse_chronology, BriefingChannel, BriefingToken, ChronologyFingerprint};
/// let chronology = parse_chronology(r#"{"format_version": 1, "title": "Swaps", "events": []}"#)
///     .unwrap()
///     .chronology;
/// let token = BriefingToken::parse("Zx8-kQ_3mW9pL2vR").unwrap();
/// let channel = BriefingChannel::new(token, ChronologyFingerprint::of(None, &chronology));
/// assert_eq!(channel.name(), "chronoline-briefing:Zx8-kQ_3mW9pL2vR");
/// let message = channel.encode("evt-042").unwrap();
/// assert_eq!(channel.receive(&message), Some("evt-042"));
/// assert_eq!(channel.receive("evt-042"), None);
///
/// let other = ChronologyFingerprint::of(Some("other.json"), &chronology);
/// let theirs = BriefingChannel::new(channel.token().clone(), other);
/// assert_eq!(channel.receive(&theirs.encode("evt-042").unwrap()), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BriefingChannel {
    token: BriefingToken,
    fingerprint: ChronologyFingerprint,
}

impl BriefingChannel {
    /// The channel of the briefing `token`, presenting the chronology with `fingerprint`.
    pub fn new(token: BriefingToken, fingerprint: ChronologyFingerprint) -> BriefingChannel {
        BriefingChannel { token, fingerprint }
    }

    /// The briefing's token.
    pub fn token(&self) -> &BriefingToken {
        &self.token
    }

    /// The `BroadcastChannel` name: only windows given the token share it.
    pub fn name(&self) -> String {
        format!("chronoline-briefing:{}", self.token.as_str())
    }

    /// The message announcing the slide of event `id`, or `None` when the id is empty or so
    /// long that the message would be over [`MAX_BRIEFING_MESSAGE`] characters (the other
    /// window would ignore it).
    pub fn encode(&self, id: &str) -> Option<String> {
        let message = format!("{:016x}:{id}", self.fingerprint.0);
        (!id.is_empty() && message.chars().count() <= MAX_BRIEFING_MESSAGE).then_some(message)
    }

    /// The fingerprint and the event id a message carries, or `None` when it is over
    /// [`MAX_BRIEFING_MESSAGE`] characters or not `<16 hexadecimal digits>:<id>`.
    pub fn decode(message: &str) -> Option<(ChronologyFingerprint, &str)> {
        if message.len() > 4 * MAX_BRIEFING_MESSAGE
            || message.chars().count() > MAX_BRIEFING_MESSAGE
        {
            return None;
        }
        let (fingerprint, id) = message.split_once(':')?;
        let lower_hex = |byte: u8| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte);
        if fingerprint.len() != 16 || !fingerprint.bytes().all(lower_hex) || id.is_empty() {
            return None;
        }
        let fingerprint = u64::from_str_radix(fingerprint, 16).ok()?;
        Some((ChronologyFingerprint(fingerprint), id))
    }

    /// The event id of a message for this chronology, or `None` for anything else. Whether
    /// the chronology has that event is the receiver's to check ([`Chronology::event`]).
    pub fn receive<'a>(&self, message: &'a str) -> Option<&'a str> {
        let (fingerprint, id) = BriefingChannel::decode(message)?;
        (fingerprint == self.fingerprint).then_some(id)
    }

    /// The event id of a message for this chronology when the chronology has that event —
    /// what a window may select — or `None`.
    pub fn receive_event<'a>(&self, message: &'a str, chronology: &Chronology) -> Option<&'a str> {
        self.receive(message)
            .filter(|id| chronology.event(id).is_some())
    }
}

#[cfg(test)]
mod tests;
