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
