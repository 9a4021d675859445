//! Every language says every phrase, counts with its own plural forms and writes dates its
//! own way.

use super::*;
use crate::chronology::EventDate;

#[test]
fn counted_phrases_take_each_language_s_plural_forms() {
    let counts = [1, 2, 5, 21, 22, 25, 111];
    let events = |text: &UiText| counts.map(|n| (text.event_count)(n)).join(" | ");
    assert_eq!(
        events(&ENGLISH),
        "1 event | 2 events | 5 events | 21 events | 22 events | 25 events | 111 events"
    );
    assert_eq!(
        events(&UKRAINIAN),
        "1 подія | 2 події | 5 подій | 21 подія | 22 події | 25 подій | 111 подій"
    );
    assert_eq!(
        events(&RUSSIAN),
        "1 событие | 2 события | 5 событий | 21 событие | 22 события | 25 событий | 111 событий"
    );
}

#[test]
fn dates_use_each_language_s_month_forms() {
    let human =
        |text: &UiText, date: &str| EventDate::parse(date).unwrap().to_human(&text.calendar);
    assert_eq!(human(&ENGLISH, "2025-06-26"), "26 June 2025");
    assert_eq!(human(&UKRAINIAN, "2025-06-26"), "26 червня 2025");
    assert_eq!(human(&UKRAINIAN, "2025-06"), "червень 2025");
    assert_eq!(human(&RUSSIAN, "2025-06-26"), "26 июня 2025");
    assert_eq!(human(&RUSSIAN, "2025-06"), "июнь 2025");
    assert_eq!(human(&UKRAINIAN, "-0043-03-15"), "15 березня 44 до н. е.");
    assert_eq!(human(&RUSSIAN, "-0043"), "44 до н. э.");
}

#[test]
fn numbers_and_sizes_are_grouped_as_each_language_writes_them() {
    assert_eq!((ENGLISH.number)(1_234_567), "1,234,567");
    assert_eq!((UKRAINIAN.number)(1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!((RUSSIAN.number)(999), "999");
    assert_eq!((ENGLISH.megabytes)(12_345_678), "11.8 MB");
    assert_eq!((UKRAINIAN.megabytes)(12_345_678), "11,8 МБ");
    assert_eq!((RUSSIAN.megabytes)(12_345_678), "11,8 МБ");
}

#[test]
fn each_language_is_found_by_its_own_tag() {
    for text in LANGUAGES {
        assert_eq!(ui_text(text.language).own_name, text.own_name);
        assert_eq!(
            Language::from_tag(text.language.as_str()),
            Some(text.language)
        );
    }
}

/// No Ukrainian or Russian phrase is left in English: every fixed phrase has a Cyrillic
/// letter, apart from those that are symbols or names in every language.
#[test]
fn translations_have_no_english_phrase_left() {
    for text in [&UKRAINIAN, &RUSSIAN] {
        for phrase in fixed_phrases(text) {
            assert!(
                phrase.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
                    || phrase.chars().all(|c| !c.is_alphabetic()),
                "{}: {phrase:?}",
                text.own_name
            );
        }
    }
}

/// The fixed phrases of a language, for the check above.
fn fixed_phrases(text: &UiText) -> Vec<&'static str> {
    let mut phrases = vec![
        text.language_menu,
        text.loading,
        text.load_failed,
        text.retry,
        text.failed_url,
        text.failed_file,
        text.open_file,
        text.open_file_hint,
        text.drop_to_open,
        text.file_menu,
        text.paste_item,
        text.paste_heading,
        text.paste_hint,
        text.paste_open,
        text.cancel,
        text.pasted_text,
        text.pasted_here,
        text.embed_local_file,
        text.media_video,
        text.media_audio,
        text.media_document,
        text.media_link,
        text.export_json,
        text.export_csv,
        text.export_ics,
        text.export_md,
        text.sheet_template,
        text.exporting,
        text.http_status,
        text.network_failure,
        text.not_a_response,
        text.response_unreadable,
        text.file_unreadable,
        text.tools_unavailable,
        text.tools_no_answer,
        text.download_failed,
        text.data_from,
        text.not_published_here,
        text.opened_from_file,
        text.years_nav,
        text.month_unknown,
        text.newest_first,
        text.approximately,
        text.undisclosed,
        text.according_to,
        text.location,
        text.claim_by,
        text.disputed_by,
        text.contested,
        text.confidence_medium,
        text.confidence_low,
        text.open_at_passage,
        text.open_source,
        text.title_inferred,
        text.published,
        text.read_source_text,
        text.notes,
        text.no_events,
        text.view_label,
        text.view_timeline,
        text.view_list,
        text.filters,
        text.search,
        text.search_placeholder,
        text.date_from,
        text.date_to,
        text.lanes,
        text.tags,
        text.clear_filters,
        text.timeline_label,
        text.timeline_help,
        text.pan_earlier,
        text.pan_later,
        text.zoom_in,
        text.zoom_out,
        text.fit_all,
        text.close,
        text.today,
        text.nothing_matches,
        text.contested_only,
        text.view_sources,
        text.filter_publisher,
        text.also_cited_by,
        text.text_earlier,
        text.text_later,
        text.cite,
        text.copy_quote,
        text.copied,
        text.copy_failed,
        text.open_full_view,
        text.wheel_hint,
        text.embed,
        text.embed_heading,
        text.embed_help,
        text.embed_height,
        text.embed_theme,
        text.theme_auto,
        text.theme_light,
        text.theme_dark,
        text.embed_fixed,
        text.embed_responsive,
        text.copy_code,
        text.present,
        text.print_handout,
        text.presentation_label,
        text.previous_slide,
        text.next_slide,
        text.leave_presentation,
        text.full_screen,
        text.presenter_view,
        text.go_to_slide,
        text.autoplay_playing,
        text.autoplay_paused,
        text.presentation_help,
        text.sources_heading,
        text.overview_label,
        text.now_showing,
        text.up_next,
        text.last_slide,
        text.elapsed,
        text.no_notes,
        text.data_updated,
        text.compiled_by,
        text.printed_from,
        text.calendar.before_common_era,
    ];
    phrases.extend(text.calendar.months);
    phrases.extend(text.calendar.day_months);
    phrases.extend(text.calendar.short_months);
    phrases
}

/// A problem's kind is worded in each language, its values kept as they are.
#[test]
fn problems_are_worded_in_each_language() {
    use crate::chronology::{DateError, Message};
    let bad_date = Message::NotADate {
        text: "2025-02-30".into(),
        error: DateError::NoSuchDate,
    };
    let no_source = Message::CitesNoSource {
        id: "evt-042".into(),
    };
    for text in [&UKRAINIAN, &RUSSIAN] {
        for message in [&bad_date, &no_source] {
            let worded = (text.problem)(message);
            assert!(
                worded.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                "{}: {worded}",
                text.own_name
            );
            assert_ne!(worded, message.to_string());
        }
        assert!((text.problem)(&bad_date).contains("2025-02-30"));
        assert!((text.problem)(&no_source).contains("evt-042"));
    }
    assert_eq!(
        (ENGLISH.problem)(&bad_date),
        "\"2025-02-30\" is not a date: the calendar has no such day"
    );
}

/// One message of every kind, with values; `kind_number` below makes the compiler name any
/// kind added later, and the test checks every number is sampled.
fn every_kind() -> Vec<crate::chronology::Message> {
    use crate::chronology::{DateError, Expected, Found, Message::*};
    let s = |text: &str| text.to_owned();
    vec![
        TopLevelNotObject { found: Found::List },
        NoEventsList,
        EventsNotList {
            found: Found::Object,
        },
        LoneSurrogate,
        MoreLoneSurrogates { count: 3 },
        TooManyEvents {
            limit: 1_000_000,
            left_out: 5,
            total: 1_000_005,
        },
        VersionMissing { version: 1 },
        NumberTooLarge { number: s("1e400") },
        TooDeep,
        Unreadable { detail: s("EOF") },
        UnknownField,
        Missing,
        Empty,
        WrongKind {
            found: Found::Null,
            expected: Expected::Text,
        },
        NoTextInAnyLanguage,
        NotALanguageTag { tag: s("x1") },
        NotADate {
            text: s("2025-13"),
            error: DateError::Shape,
        },
        ErasNotList {
            found: Found::Flag(true),
        },
        LanesNotList {
            found: Found::Number(s("3")),
        },
        EndBeforeStart {
            start: s("2025-06-02"),
            end: s("2025-06-01"),
        },
        DuplicateEventId {
            id: s("e"),
            first: 2,
        },
        DuplicateLaneId { id: s("talks") },
        DuplicateSourceId { id: s("afp") },
        UnusableId { id: s("a b") },
        UnknownLane {
            lane: s("weather"),
            known: s("talks, other"),
        },
        NotOneOf {
            word: s("sure"),
            choices: s("high, medium, low"),
        },
        UnknownSource { id: s("nope") },
        OutOfDegrees {
            number: s("91"),
            limit: 90,
        },
        EmptyClaim,
        LinkHasSpaces {
            link: s("https://a b"),
        },
        NotASafeLink {
            link: s("javascript:x"),
        },
        MediaNotHttp {
            link: s("mailto:a@b"),
        },
        UnknownMediaKind {
            word: s("gif"),
            choices: s("image, video"),
        },
        MediaKindNotWord {
            found: Found::Number(s("2")),
        },
        ImageWithoutAlt,
        CitesNoSource { id: s("e") },
        CitesOnlyWeakSources {
            id: s("e"),
            publishers: s("mezha"),
        },
        NoPublicationDate {
            id: s("s"),
            note: s("undated"),
        },
        QuoteNotInText { id: s("s") },
        SheetMissingColumn {
            column: s("headline"),
        },
        FileNotText,
        UnknownFormat,
        QuoteNeverClosed,
        FileEmpty,
        CalendarWithoutEvents,
        EventWithoutStart,
        NotACalendarDate {
            text: s("tomorrow"),
        },
        TimelineWithoutEvents,
        EraWithoutDates,
        EraWithoutHeadline,
        NotAPeriod {
            start: s("2025"),
            end: s("x"),
        },
        TimeWithoutZone { time: s("14:30") },
        HtmlDropped {
            tags: 2,
            attributes: 1,
        },
        NotShownYet { field: s("media") },
        NotAWholeNumber {
            part: s("year"),
            text: s("1.5"),
        },
        DateNotAnObject,
        DateWithoutYear,
        DayWithoutMonth,
        YearTooFar {
            year: 13_800_000_000,
        },
        YearOutOfRange { year: 12_000 },
        NotAPrecision {
            precision: s("week"),
            choices: s("year, month, day, time"),
        },
        PrecisionMismatch {
            precision: s("day"),
            date: s("2025-06"),
        },
        NotAnAcledPrecision { value: s("4") },
        NotAnAcledDate {
            text: s("yesterday"),
        },
        AmbiguousDate {
            text: s("3/4/2022"),
            first: s("2022-03-04"),
            second: s("2022-04-03"),
        },
    ]
}

/// A number per kind of message: a new kind fails to compile here until it is sampled.
fn kind_number(message: &crate::chronology::Message) -> usize {
    use crate::chronology::Message::*;
    match message {
        TopLevelNotObject { .. } => 0,
        NoEventsList => 1,
        EventsNotList { .. } => 2,
        LoneSurrogate => 3,
        MoreLoneSurrogates { .. } => 4,
        TooManyEvents { .. } => 5,
        VersionMissing { .. } => 6,
        NumberTooLarge { .. } => 7,
        TooDeep => 8,
        Unreadable { .. } => 9,
        UnknownField => 10,
        Missing => 11,
        Empty => 12,
        WrongKind { .. } => 13,
        NoTextInAnyLanguage => 14,
        NotALanguageTag { .. } => 15,
        NotADate { .. } => 16,
        ErasNotList { .. } => 17,
        LanesNotList { .. } => 18,
        EndBeforeStart { .. } => 19,
        DuplicateEventId { .. } => 20,
        DuplicateLaneId { .. } => 21,
        DuplicateSourceId { .. } => 22,
        UnusableId { .. } => 23,
        UnknownLane { .. } => 24,
        NotOneOf { .. } => 25,
        UnknownSource { .. } => 26,
        OutOfDegrees { .. } => 27,
        EmptyClaim => 28,
        LinkHasSpaces { .. } => 29,
        NotASafeLink { .. } => 30,
        MediaNotHttp { .. } => 31,
        UnknownMediaKind { .. } => 32,
        MediaKindNotWord { .. } => 33,
        ImageWithoutAlt => 34,
        CitesNoSource { .. } => 35,
        CitesOnlyWeakSources { .. } => 36,
        NoPublicationDate { .. } => 37,
        QuoteNotInText { .. } => 38,
        SheetMissingColumn { .. } => 39,
        FileNotText => 40,
        UnknownFormat => 41,
        QuoteNeverClosed => 42,
        FileEmpty => 43,
        CalendarWithoutEvents => 44,
        EventWithoutStart => 45,
        NotACalendarDate { .. } => 46,
        TimelineWithoutEvents => 47,
        EraWithoutDates => 48,
        EraWithoutHeadline => 49,
        NotAPeriod { .. } => 50,
        TimeWithoutZone { .. } => 51,
        HtmlDropped { .. } => 52,
        NotShownYet { .. } => 53,
        NotAWholeNumber { .. } => 54,
        DateNotAnObject => 55,
        DateWithoutYear => 56,
        DayWithoutMonth => 57,
        YearTooFar { .. } => 58,
        YearOutOfRange { .. } => 59,
        NotAPrecision { .. } => 60,
        PrecisionMismatch { .. } => 61,
        NotAnAcledPrecision { .. } => 62,
        NotAnAcledDate { .. } => 63,
        AmbiguousDate { .. } => 64,
    }
}

/// Every kind of problem is worded in Ukrainian and Russian: not the English sentence, with
/// Cyrillic words in it.
#[test]
fn every_kind_of_problem_is_worded_in_each_language() {
    let messages = every_kind();
    let mut numbers: Vec<usize> = messages.iter().map(kind_number).collect();
    numbers.sort_unstable();
    assert_eq!(
        numbers,
        (0..=64).collect::<Vec<_>>(),
        "every kind is sampled once"
    );
    for text in [&UKRAINIAN, &RUSSIAN] {
        for message in &messages {
            let worded = (text.problem)(message);
            let cyrillic = worded
                .chars()
                .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
                .count();
            assert!(cyrillic >= 3, "{}: {message:?} → {worded}", text.own_name);
            assert_ne!(worded, message.to_string());
        }
    }
}

/// The live announcement counts what arrived in each language's plural forms and names the
/// rest only when there is some; waits read in the unit that fits.
#[test]
fn live_news_and_waits_read_in_each_language() {
    assert_eq!(
        (ENGLISH.live_news)(3, 1, 0, 2),
        "3 new events · 1 corrected · 2 removed"
    );
    assert_eq!((ENGLISH.live_news)(1, 0, 0, 0), "1 new event");
    assert_eq!((ENGLISH.live_news)(0, 0, 1, 0), "1 withdrawn");
    assert_eq!((UKRAINIAN.live_news)(2, 0, 0, 0), "2 нові події");
    assert_eq!(
        (UKRAINIAN.live_news)(5, 0, 1, 0),
        "5 нових подій · відкликано: 1"
    );
    assert_eq!(
        (RUSSIAN.live_news)(21, 1, 0, 0),
        "21 новое событие · исправлено: 1"
    );
    assert_eq!(
        (ENGLISH.live_retrying)(120),
        "Could not check for updates; trying again in 2 min"
    );
    assert_eq!(
        (ENGLISH.live_every)(60),
        "Live: checks for updates every 60 s"
    );
    assert_eq!(
        (UKRAINIAN.live_every)(5400),
        "Наживо: перевірка оновлень кожні 2 год"
    );
    assert_eq!(
        (RUSSIAN.live_retrying)(45),
        "Не удалось проверить обновления; следующая попытка через 45 с"
    );
    for text in [&ENGLISH, &UKRAINIAN, &RUSSIAN] {
        assert_ne!((text.field_name)("figures"), (text.field_name)("title"));
    }
}
