use super::*;

#[test]
fn each_precision_parses_and_prints_back() {
    for text in ["2025", "2025-06", "2025-06-26", "2025-06-26T14:30:00+03:00"] {
        let date = EventDate::parse(text).expect(text);
        assert_eq!(date.to_string(), text);
    }
    assert_eq!(
        EventDate::parse("2025-06-26T14:30+03:00").map(|d| d.precision()),
        Ok(DatePrecision::Time)
    );
    assert_eq!(
        EventDate::parse("2025-06-26T11:30:00Z").map(|d| d.earliest_ms()),
        EventDate::parse("2025-06-26T14:30+03:00").map(|d| d.earliest_ms())
    );
}

#[test]
fn impossible_days_are_not_dates() {
    assert_eq!(EventDate::parse("2025-02-30"), Err(DateError::NoSuchDate));
    assert_eq!(EventDate::parse("2025-13"), Err(DateError::NoSuchDate));
    assert_eq!(EventDate::parse("2025-02-29"), Err(DateError::NoSuchDate));
    assert!(EventDate::parse("2024-02-29").is_ok());
    assert_eq!(
        EventDate::parse("2025-02-30T10:00+00:00"),
        Err(DateError::NoSuchDate)
    );
    assert_eq!(
        EventDate::parse("2025-06-26T24:00+00:00"),
        Err(DateError::NoSuchDate)
    );
}

#[test]
fn other_shapes_are_rejected_without_panicking() {
    for text in [
        "",
        "25",
        "June 2025",
        "2025/06/26",
        "2025-6-26",
        "2025-06-26T14:30+0300",
        "2025-06-26T14:30:5Z",
        "2025-06-26T14:30:00.Z",
        "2025-06-26 14:30Z",
        "2025-06-26T10:00",
        "０２０２５",
        "2025-06-2é",
        "2025-ü",
        "+2025-01",
    ] {
        assert_eq!(EventDate::parse(text), Err(DateError::Shape), "{text:?}");
    }
}

#[test]
fn bounds_cover_the_whole_period_at_its_precision() {
    let day_ms = 86_400_000;
    let may = EventDate::parse("2026-05").unwrap();
    assert_eq!(may.latest_ms() - may.earliest_ms(), 31 * day_ms);
    let december = EventDate::parse("2025-12").unwrap();
    assert_eq!(
        december.latest_ms(),
        EventDate::parse("2026").unwrap().earliest_ms()
    );
    let day = EventDate::parse("2022-02-24").unwrap();
    assert_eq!(day.earliest_ms(), 1_645_660_800_000);
    assert_eq!(EventDate::parse("1970-01-01").unwrap().earliest_ms(), 0);
    assert_eq!(
        EventDate::parse("1969-12-31T23:00-01:00")
            .unwrap()
            .earliest_ms(),
        0
    );
    assert_eq!(
        EventDate::parse("2000-03-01").unwrap().earliest_ms(),
        951_868_800_000
    );
    assert_eq!(
        EventDate::parse("2025-06-26T14:30:15.250+03:00")
            .unwrap()
            .earliest_ms(),
        1_750_937_415_000
    );
    assert_eq!(day.latest_ms() - day.earliest_ms(), day_ms);
    let leap_year = EventDate::parse("2024").unwrap();
    assert_eq!(
        leap_year.latest_ms() - leap_year.earliest_ms(),
        366 * day_ms
    );
}

#[test]
fn civil_days_round_trip_across_four_centuries() {
    for days in (-200_000..200_000).step_by(7) {
        let (year, month, day) = civil_from_days(days);
        assert!(NaiveDate::from_ymd_opt(year, month, day).is_some());
        assert_eq!(days_from_civil(year, month, day), days);
    }
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
    assert_eq!(civil_from_days(19_417), (2023, 3, 1));
}

#[test]
fn human_form_says_only_what_is_known() {
    let human = |text: &str| EventDate::parse(text).unwrap().to_human(&ENGLISH_CALENDAR);
    assert_eq!(human("2025"), "2025");
    assert_eq!(human("2026-05"), "May 2026");
    assert_eq!(human("2025-06-26"), "26 June 2025");
    assert_eq!(
        human("2025-06-26T14:30+03:00"),
        "26 June 2025, 14:30 UTC+03:00"
    );
}

#[test]
fn years_before_1000_and_before_the_common_era_read_write_and_order() {
    let date = |text: &str| EventDate::parse(text).unwrap();
    for text in [
        "0602",
        "0698-03",
        "-0043-03-15",
        "0000",
        "-9999",
        "1600-02-29",
    ] {
        assert_eq!(date(text).to_string(), text);
    }
    assert!(date("-0043-03-15").earliest_ms() < date("0000").earliest_ms());
    assert!(date("0000").earliest_ms() < date("0602").earliest_ms());
    assert_eq!(
        date("-0043-03-15").to_human(&ENGLISH_CALENDAR),
        "15 March 44 BCE"
    );
    assert_eq!(date("0602").to_human(&ENGLISH_CALENDAR), "602");
    assert_eq!(
        EventDate::parse("-0043-02-29"),
        Err(DateError::NoSuchDate),
        "44 BCE was no leap year"
    );
    assert_eq!(
        EventDate::parse("-0044-02-29").map(|d| d.to_string()),
        Ok("-0044-02-29".into())
    );
    assert_eq!(EventDate::parse("-13800000000"), Err(DateError::TooFar));
    assert_eq!(EventDate::parse("20250"), Err(DateError::TooFar));
    assert_eq!(EventDate::parse("--2025"), Err(DateError::Shape));
    let day = date("-0043-03-15");
    assert_eq!(EventDate::day_of(day.earliest()), day);
}
