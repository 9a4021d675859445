use super::*;
use crate::chronology::{parse_chronology, LoadReport};
use crate::import::BUNDLED_SHEET;

#[test]
fn headlines_and_notes_mark_claims() {
    let claim = |headline, notes| claim_of(headline, notes, &BUNDLED_SHEET);
    let contested = claim(
        "Russia claims Kupiansk; Ukraine says city still in its hands",
        "Contested. Russian version: https://example.org",
    )
    .unwrap();
    assert_eq!(contested.claimed_by.as_deref(), Some("Russia"));
    assert_eq!(contested.disputed_by.as_deref(), Some("Ukraine"));
    assert_eq!(contested.note, "Contested.");

    let mutual = claim(
        "Blast at Olenivka prison",
        "Responsibility contested: Ukraine blames Russia; Russia blames Ukraine. Other",
    )
    .unwrap();
    assert_eq!(mutual.claimed_by, None);
    assert_eq!(mutual.disputed_by.as_deref(), Some("both sides"));

    let one_sided = claim("Russia says it has retaken Sudzha", "Claim by Russian MoD").unwrap();
    assert!(!one_sided.is_contested());
    assert_eq!(
        claim("Bomb strikes theatre", "casualties (contested/unknown)"),
        None
    );
    assert_eq!(
        claim_of("Russia claims Kupiansk", "Contested.", &SheetHabits::NONE),
        None,
        "a sheet without these habits marks no claim"
    );
}

fn import(csv: &str) -> LoadReport {
    import_spreadsheet(csv, &DocumentInfo::default(), &BUNDLED_SHEET)
        .unwrap()
        .read()
        .unwrap()
}

#[test]
fn bad_rows_are_named_by_line_and_column() {
    let csv = "id,date,date_precision,end_date,category,headline,source_publisher,source_url,lat,location\n\
               evt-1,2025-02-30,day,,exchange,A,,,,\n\
               evt-2,2025-06,day,,exchange,B,,,,\n\
               evt-3,2025-06-02,day,2025-06-01,talks,C,,,,\n\
               evt-4,2025-06-02,day,,weather,D,,,,\n\
               evt-5,2025-06-02,day,,talks,E,P,javascript:x,,\n\
               evt-6,2025-06-02,day,,talks,F,P,https://example.org,north,Kyiv\n";
    let report = import(csv);
    let lines: Vec<String> = report.errors().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            r#"line 2, column date: "2025-02-30" is not a date: the calendar has no such day"#,
            r#"line 3, column date_precision: "day" does not match the date "2025-06""#,
            r#"line 4, column end_date: "2025-06-01" is before the start "2025-06-02""#,
            r#"line 5, column category: "weather" is not one of the document's lanes (exchange, talks, frontline, humanitarian, other)"#,
            r#"line 6, column source_url: "javascript:x" is not an http(s) or mailto link, so it is not shown"#,
            r#"line 7, column lat: is "north", not a number of degrees"#,
        ]
    );
    let ids: Vec<&str> = report
        .chronology
        .events
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["evt-5", "evt-6"],
        "a bad link or coordinate costs the value, not the row"
    );
    assert_eq!(report.chronology.sources[0].id, "src-5");
    assert_eq!(report.chronology.sources[0].url, None);
    assert_eq!(report.counts.events_skipped, 4);
    assert_eq!(
        report.warnings()[0].to_string(),
        r#"line 6, column source_published: "src-5" has no publication date"#,
        "editors' warnings name the row too"
    );
    assert!(
        import_spreadsheet("date,headline\n", &DocumentInfo::default(), &BUNDLED_SHEET).is_err()
    );
}

#[test]
fn a_row_is_kept_or_refused_exactly_as_the_same_event_in_json() {
    // A day-precision start and a month-precision end: the month may end after the day,
    // so the event format accepts it, and so does a spreadsheet row.
    let csv = "id,date,end_date,category,headline\n\
               evt-1,2025-06-15,2025-06,talks,Talks through June\n\
               evt-2,2025-06-15,2025-05,talks,Ends before it starts\n";
    let imported = import(csv);
    let json = parse_chronology(
        r#"{"format_version": 1, "events": [
            {"id": "evt-1", "start": "2025-06-15", "end": "2025-06", "lane": "talks", "title": "Talks through June"},
            {"id": "evt-2", "start": "2025-06-15", "end": "2025-05", "lane": "talks", "title": "Ends before it starts"}
        ]}"#,
    )
    .unwrap();
    assert_eq!(imported.chronology.events, json.chronology.events);
    assert_eq!(
        imported.chronology.events[0]
            .end
            .map(|end| end.to_string())
            .as_deref(),
        Some("2025-06")
    );
    assert_eq!(
        imported.errors()[0].to_string(),
        r#"line 3, column end_date: "2025-05" is before the start "2025-06-15""#
    );
    assert_eq!(json.errors()[0].reason, imported.errors()[0].reason);
}

#[test]
fn a_sheet_of_bad_rows_lists_as_many_problems_as_any_document_and_counts_the_rest() {
    let mut csv = String::from("id,date,date_precision,category,headline\n");
    for row in 0..700 {
        // Rows the importer refuses (a precision that contradicts the date), and rows the
        // validator refuses (a day that does not exist).
        if row % 2 == 0 {
            csv.push_str(&format!("evt-{row},2025-06,day,talks,T\n"));
        } else {
            csv.push_str(&format!("evt-{row},2025-02-30,day,talks,T\n"));
        }
    }
    let report = import(&csv);
    assert_eq!(report.counts.events_skipped, 700);
    assert_eq!(
        report.errors().len(),
        crate::chronology::MAX_LISTED_PROBLEMS
    );
    let lines: Vec<&str> = report.errors().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        &lines[..2],
        ["line 2, column date_precision", "line 3, column date"]
    );
}

#[test]
fn the_template_editors_download_reads_without_errors_and_its_second_source_row_joins_its_event() {
    let template = include_str!("../../../data/chronology-template.csv");
    let report = import_spreadsheet(template, &DocumentInfo::default(), &SheetHabits::NONE)
        .unwrap()
        .read()
        .unwrap();
    assert!(report.errors().is_empty(), "{:?}", report.errors());
    let chronology = &report.chronology;
    assert_eq!(chronology.events.len(), 2);
    let publishers: Vec<&str> = chronology
        .sources_of(0)
        .map(|s| s.publisher.as_str())
        .collect();
    assert_eq!(publishers, ["AFP", "Reuters"]);
    assert_eq!(chronology.events[0].figures.len(), 2);
    assert_eq!(chronology.events[1].start.to_string(), "2025-07");
}

#[test]
fn dates_as_people_type_them_are_read_and_a_date_that_reads_two_ways_is_named() {
    let csv = "id,date,end_date,category,headline,source_publisher,source_published\n\
               evt-1,24 February 2022,,frontline,Invasion,AFP,\"Feb 25, 2022\"\n\
               evt-2,March 2022,,talks,Talks,AFP,2022-03-01 (updated)\n\
               evt-3,3/4/2022,,talks,Which day?,AFP,\n\
               evt-4,2/24/2022,03.03.2022,talks,US and European,AFP,\n";
    let report = import_spreadsheet(csv, &DocumentInfo::default(), &SheetHabits::NONE)
        .unwrap()
        .read()
        .unwrap();
    let dates: Vec<(String, Option<String>)> = report
        .chronology
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.end.map(|end| end.to_string())))
        .collect();
    assert_eq!(
        dates,
        [
            ("2022-02-24".to_owned(), None),
            ("2022-02-24".to_owned(), Some("2022-03-03".to_owned())),
            ("2022-03".to_owned(), None),
        ]
    );
    let published: Vec<String> = report
        .chronology
        .sources
        .iter()
        .map(|s| s.published.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(
        published[..2],
        ["2022-02-25".to_owned(), "2022-03-01".to_owned()]
    );
    let ambiguous = report
        .errors()
        .into_iter()
        .find(|p| p.path == "line 4, column date")
        .unwrap();
    assert!(
        ambiguous
            .reason
            .to_string()
            .contains("could be 2022-03-04 or 2022-04-03"),
        "{}",
        ambiguous.reason
    );
}
