use super::*;

#[test]
fn clicker_keys_page_through_and_typed_numbers_jump() {
    let mut keys = SlideKeys::default();
    let pressed: Vec<_> = [
        "ArrowRight",
        "ArrowLeft",
        "PageUp",
        "Home",
        "End",
        "Escape",
        "x",
    ]
    .iter()
    .map(|key| keys.press(key, false))
    .collect();
    assert_eq!(
        pressed,
        [
            Some(SlideCommand::Next),
            Some(SlideCommand::Previous),
            Some(SlideCommand::Previous),
            Some(SlideCommand::First),
            Some(SlideCommand::Last),
            Some(SlideCommand::Leave),
            None
        ]
    );
    // Backspace corrects the number; Enter with nothing typed does nothing.
    for key in ["4", "7", "Backspace", "2"] {
        assert_eq!(keys.press(key, false), None);
    }
    assert_eq!(keys.press("Enter", false), Some(SlideCommand::GoTo(42)));
    assert_eq!(keys.press("Enter", false), None);
    // Another command drops a half-typed number.
    keys.press("9", false);
    assert_eq!(keys.press("PageDown", false), Some(SlideCommand::Next));
    assert_eq!(keys.typed(), "");
    // Numbers stay short.
    for _ in 0..20 {
        keys.press("9", false);
    }
    assert_eq!(keys.typed().len(), MAX_TYPED_DIGITS);
}

#[test]
fn the_overview_stays_light_and_labels_few_years() {
    let mut chronology =
        crate::chronology::parse_chronology(include_str!("../../../data/chronology.json"))
            .unwrap()
            .chronology;
    let template = chronology.events[0].clone();
    chronology.events = (0..5000)
        .map(|n| {
            let mut event = template.clone();
            event.id = format!("e{n}");
            event
        })
        .collect();
    let shown: Vec<usize> = (0..5000).collect();
    let start = template.start.earliest();
    let far = crate::chronology::TimeSpan::from_ms(1e10);
    let marks = overview_marks(&chronology, &shown, (start - far, start + far));
    assert_eq!(marks.len(), 1);
    assert!((marks[0].at - 0.5).abs() < 1e-9);

    let at = |text: &str| EventDate::parse(text).unwrap().earliest();
    let years = overview_years((at("1899-06"), at("2025-06")), 8);
    let labels: Vec<i32> = years.iter().map(|(year, _)| *year).collect();
    assert_eq!(labels, [1900, 1920, 1940, 1960, 1980, 2000, 2020]);
    assert!(years.windows(2).all(|pair| pair[0].1 < pair[1].1));
    let five = Moment::from_ms(5.0);
    assert_eq!(overview_position(five, (five, five)), 0.5);
}

/// Two events in a chronology titled `title`.
fn swaps(title: &str) -> Chronology {
    let json = format!(
        r#"{{"format_version": 1, "title": "{title}", "events": [
          {{"id": "evt-001", "start": "2025-01-01", "lane": "exchange", "title": "First"}},
          {{"id": "evt-002", "start": "2025-02-01", "lane": "exchange", "title": "Second"}}
        ]}}"#
    );
    crate::chronology::parse_chronology(&json)
        .unwrap()
        .chronology
}

fn channel_for(chronology: &Chronology) -> BriefingChannel {
    let token = BriefingToken::from_random(*b"0123456789abcdef");
    BriefingChannel::new(token, ChronologyFingerprint::of(None, chronology))
}

#[test]
fn tokens_are_url_safe_and_of_bounded_length() {
    let token = BriefingToken::from_random([
        0x00, 0xff, 0x10, 0x9a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    assert_eq!(token.as_str(), "00ff109a0102030405060708090a0b0c");
    assert_eq!(BriefingToken::parse(token.as_str()), Some(token));
    for valid in ["abcdefghijklmnop", "A-Z_a-z_0-9-----", &"x".repeat(64)] {
        assert!(BriefingToken::parse(valid).is_some(), "{valid}");
    }
    for invalid in [
        "",
        "abcdefghijklmno",
        &"x".repeat(65),
        "abcdefgh ijklmnop",
        "abcdefgh/ijklmnop",
        "abcdefgh%2Fijklmnop",
        "abcdefgh.ijklmnop",
        "abcdefgh:ijklmnop",
        "<script>alert(1)</script>",
        "abcdefghijklmnopé",
    ] {
        assert_eq!(BriefingToken::parse(invalid), None, "{invalid}");
    }
}

#[test]
fn the_channel_name_contains_the_token() {
    let chronology = swaps("Swaps");
    let channel = channel_for(&chronology);
    assert!(channel.name().contains(channel.token().as_str()));
    assert!(channel.name().starts_with("chronoline-briefing:"));
    let other = BriefingChannel::new(
        BriefingToken::parse("another-briefing-token").unwrap(),
        ChronologyFingerprint::of(None, &chronology),
    );
    assert_ne!(channel.name(), other.name());
}

#[test]
fn the_fingerprint_tells_chronologies_apart() {
    let swaps_a = swaps("Swaps");
    let fingerprint = ChronologyFingerprint::of(None, &swaps_a);
    assert_eq!(
        fingerprint,
        ChronologyFingerprint::of(None, &swaps("Swaps"))
    );
    assert_ne!(
        fingerprint,
        ChronologyFingerprint::of(None, &swaps("Talks"))
    );
    assert_ne!(fingerprint, ChronologyFingerprint::of(Some(""), &swaps_a));
    assert_ne!(
        ChronologyFingerprint::of(Some("a.json"), &swaps_a),
        ChronologyFingerprint::of(Some("b.json"), &swaps_a)
    );
    let mut fewer = swaps("Swaps");
    fewer.events.pop();
    assert_ne!(fingerprint, ChronologyFingerprint::of(None, &fewer));
}

#[test]
fn a_message_round_trips_and_names_a_known_event() {
    let chronology = swaps("Swaps");
    let channel = channel_for(&chronology);
    let message = channel.encode("evt-002").unwrap();
    assert_eq!(
        BriefingChannel::decode(&message),
        Some((ChronologyFingerprint::of(None, &chronology), "evt-002"))
    );
    assert_eq!(channel.receive(&message), Some("evt-002"));
    assert_eq!(
        channel.receive_event(&message, &chronology),
        Some("evt-002")
    );
    // An id may itself hold a colon: only the first one ends the fingerprint.
    let colon = channel.encode("a:b").unwrap();
    assert_eq!(channel.receive(&colon), Some("a:b"));
}

#[test]
fn ids_not_in_the_chronology_are_ignored() {
    let chronology = swaps("Swaps");
    let channel = channel_for(&chronology);
    let unknown = channel.encode("evt-999").unwrap();
    assert_eq!(channel.receive(&unknown), Some("evt-999"));
    assert_eq!(channel.receive_event(&unknown, &chronology), None);
}

#[test]
fn a_wrong_fingerprint_is_ignored() {
    let chronology = swaps("Swaps");
    let channel = channel_for(&chronology);
    let other_chronology = swaps("Talks");
    let theirs = BriefingChannel::new(
        channel.token().clone(),
        ChronologyFingerprint::of(None, &other_chronology),
    );
    let message = theirs.encode("evt-001").unwrap();
    assert!(BriefingChannel::decode(&message).is_some());
    assert_eq!(channel.receive(&message), None);
    assert_eq!(channel.receive_event(&message, &chronology), None);
    let elsewhere = BriefingChannel::new(
        channel.token().clone(),
        ChronologyFingerprint::of(Some("https://example.org/other.json"), &chronology),
    );
    assert_eq!(channel.receive(&elsewhere.encode("evt-001").unwrap()), None);
}

#[test]
fn oversized_messages_are_ignored() {
    let chronology = swaps("Swaps");
    let channel = channel_for(&chronology);
    let fingerprint = channel.encode("x").unwrap()[..16].to_owned();
    let fits = format!("{fingerprint}:{}", "é".repeat(MAX_BRIEFING_MESSAGE - 17));
    assert_eq!(fits.chars().count(), MAX_BRIEFING_MESSAGE);
    assert!(channel.receive(&fits).is_some());
    let over = format!("{fits}é");
    assert_eq!(BriefingChannel::decode(&over), None);
    assert_eq!(BriefingChannel::decode(&"0".repeat(1_000_000)), None);
    // The sender never writes what the receiver would drop.
    assert!(channel
        .encode(&"x".repeat(MAX_BRIEFING_MESSAGE - 17))
        .is_some());
    assert_eq!(channel.encode(&"x".repeat(MAX_BRIEFING_MESSAGE - 16)), None);
    assert_eq!(channel.encode(""), None);
}

#[test]
fn malformed_messages_are_ignored() {
    let chronology = swaps("Swaps");
    let channel = channel_for(&chronology);
    let good = channel.encode("evt-001").unwrap();
    let fingerprint = &good[..16];
    for malformed in [
        String::new(),
        "evt-001".to_owned(),
        ":evt-001".to_owned(),
        format!("{fingerprint}:"),
        format!("{fingerprint}evt-001"),
        format!("{fingerprint} evt-001"),
        "ABCDEF0123456789:evt-001".to_owned(),
        format!("{}:evt-001", &fingerprint[1..]),
        format!("0{fingerprint}:evt-001"),
        format!("+{}:evt-001", &fingerprint[1..]),
        "zzzzzzzzzzzzzzzz:evt-001".to_owned(),
        "{\"id\":\"evt-001\"}".to_owned(),
    ] {
        assert_eq!(BriefingChannel::decode(&malformed), None, "{malformed:?}");
        assert_eq!(channel.receive(&malformed), None, "{malformed:?}");
    }
}

#[test]
fn commands_stay_inside_the_deck() {
    assert_eq!(slide_after(SlideCommand::Previous, 0, 10), Some(0));
    assert_eq!(slide_after(SlideCommand::Last, 0, 10), Some(9));
    assert_eq!(slide_after(SlideCommand::First, 7, 10), Some(0));
    assert_eq!(slide_after(SlideCommand::GoTo(0), 5, 10), Some(0));
    assert_eq!(slide_after(SlideCommand::Next, 50, 10), Some(9));
    assert_eq!(slide_after(SlideCommand::Next, 0, 0), None);
}
