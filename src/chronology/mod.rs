//! The pure core of the viewer: the chronology model, parsing and validation, dates,
//! source links, the time scale and its ticks, lane layout and level of
//! detail, filters, the URL state, embedding in other pages and briefing slides.
//!
//! Nothing here touches the browser, so all of it is tested natively with `cargo test`.
//! Views in `crate::ui` call into this module, as do the importers in [`crate::import`]; this
//! module never calls back.

#[macro_use]
mod words;
mod address;
mod address_error;
mod address_host;
mod briefing;
mod chronology_index;
mod chronology_reader;
mod citation;
mod data_policy;
mod date;
mod decimal;
mod document_reader;
mod embed;
mod event;
mod event_fields;
mod fields;
mod filter;
mod first_paint;
mod grouping;
mod json_text;
mod lane_geometry;
mod lane_look;
mod language;
mod layout;
mod letter_case;
mod live;
mod media;
mod message;
mod messages;
mod model;
mod passage;
mod positions;
mod quality;
mod report;
mod revision;
mod scale;
mod source;
mod source_fields;
mod sources_index;
mod text_fragment;
mod text_pages;
mod ticks;
mod time;
mod timeline_keys;
mod top_level;
mod translations;
mod url_state;

pub use address::{host_of, Origin, WebAddress};
pub(crate) use address_error::shorten as shorten_address;
pub use address_error::AddressError;
pub use briefing::{
    autoplay_next, elapsed_clock, overview_marks, overview_position, overview_years, slide_after,
    swipe_command, BriefingChannel, BriefingToken, ChronologyFingerprint, OverviewMark,
    SlideCommand, SlideKeys, MAX_BRIEFING_MESSAGE, MAX_BRIEFING_TOKEN, MIN_BRIEFING_TOKEN,
    OVERVIEW_BUCKETS,
};
pub use chronology_reader::{parse_chronology, ChronologyReader, ReadProgress, ReadStage};
pub use citation::cite_event;
pub use data_policy::{DataAddress, DataPolicy, DataRefusal};
pub use date::{
    month_name, CalendarNames, DateError, DatePrecision, EventDate, ENGLISH_CALENDAR,
    ENGLISH_MONTHS,
};
pub use decimal::{bounded, decimal};
pub use document_reader::MAX_EVENTS;
pub use embed::{
    embed_snippet, embed_url, height_messages, page_folder, ColorScheme, EmbedOptions,
    EmbedSnippet, EmbedTheme, FontStack, HeightMessages, HexColor, READER_PAGE,
};
pub use event_fields::EVENT_FIELDS;
pub use filter::{all_tags, EventFilter};
pub use first_paint::{document_hash, FirstPaintFacts, FirstPaintLane};
pub use grouping::{era_openings, group_by_year_and_month, MonthGroup, YearGroup};
pub use lane_geometry::{cluster_zoom_span, LaneGeometry, LANE_GEOMETRY};
pub use lane_look::{lane_class, LANE_LOOKS};
pub use language::{Language, PluralForm};
pub use layout::{Mark, MarkId, MarkSizes, TrackIndex, MAX_ROWS_PER_LANE};
pub use letter_case::{lower_case, lower_letter};
pub use live::{
    next_check_seconds, poll_seconds, LiveChoice, LiveOptions, LiveUpdate, SessionChanges,
    UnseenChanges, LIVE_POLL_SECONDS, LONGEST_RETRY_SECONDS,
};
pub use media::{Media, MediaKind, MEDIA_FIELDS};
pub use message::{Expected, Found, Message};
pub use messages::shortened;
pub use model::{
    Chronology, Claim, Confidence, DocumentInfo, Era, EventExtras, EventStanding, Figure,
    FigureValue, Lane, Location, Quote, SafeUrl, Source, SourceKind, TimelineEvent, FORMAT_VERSION,
};
pub use passage::find_passages;
pub(crate) use positions::{reordered, sorted_positions};
pub use report::{
    LoadError, LoadReport, Problem, ProblemCounts, ProblemEffect, MAX_LISTED_PROBLEMS,
};
pub use revision::{ChronologyDiff, EventChange, FieldChange};
pub use scale::{LayerPosition, TimeScale, ViewLimits};
pub use source_fields::SOURCE_FIELDS;
pub use sources_index::{sources_index, SourceEntry};
pub use text_fragment::link_to_passage;
pub use text_pages::{
    page_end, page_start, paragraph_start, TEXT_PAGE_BYTES, TEXT_PAGE_PARAGRAPHS,
};
pub use ticks::{ticks, Tick, TickLevel};
pub use time::{Moment, TimeSpan};
pub use timeline_keys::{timeline_key, TimelineCommand};
pub use translations::{text_language, TextField, Translations};
pub use url_state::{
    with_query_value, EventOrder, Presentation, ViewMode, ViewState, AUTOPLAY_SECONDS, LATEST_EVENT,
};
pub use words::UnknownWord;
