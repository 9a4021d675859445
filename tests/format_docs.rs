//! The format documentation stays true: its worked example loads without a problem, and the
//! JSON Schema knows exactly the fields the parser reads.

use std::{collections::BTreeSet, fs, path::Path};

use chronoline::chronology::{parse_chronology, FigureValue, EVENT_FIELDS, SOURCE_FIELDS};
use serde_json::Value;

fn docs_file(name: &str) -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs")
            .join(name),
    )
    .unwrap()
}

#[test]
fn the_worked_example_loads_without_problems() {
    let doc = docs_file("event-format.md");
    let example = doc
        .split("```json")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a json code block");
    let report = parse_chronology(example).unwrap();
    assert!(report.errors().is_empty(), "{:?}", report.errors());
    let warnings: Vec<String> = report.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [r#"events[1].sources: "claim-2025-07" cites no source"#]
    );
    let events = &report.chronology.events;
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].figures[0].value, Some(FigureValue::Undisclosed));
    assert!(events[1].claim.as_ref().is_some_and(|c| c.is_contested()));
    let source = &report.chronology.sources[0];
    let quote = source.quote.as_ref().unwrap();
    assert!(source.text.as_deref().unwrap().contains(&quote.exact));
}

fn schema_fields(schema: &Value, pointer: &str) -> BTreeSet<String> {
    schema
        .pointer(pointer)
        .and_then(Value::as_object)
        .map(|fields| fields.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn the_schema_names_exactly_the_fields_the_parser_reads() {
    let schema: Value = serde_json::from_str(&docs_file("event-format.schema.json")).unwrap();
    let bundled: Value = serde_json::from_str(
        &fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/chronology.json"))
            .unwrap(),
    )
    .unwrap();
    let used = |list: &str| -> BTreeSet<String> {
        bundled[list]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|item| item.as_object().unwrap().keys().cloned())
            .collect()
    };
    let event_fields = schema_fields(&schema, "/$defs/event/properties");
    let source_fields = schema_fields(&schema, "/$defs/source/properties");
    assert!(
        used("events").is_subset(&event_fields),
        "{:?}",
        used("events")
    );
    assert!(
        used("sources").is_subset(&source_fields),
        "{:?}",
        used("sources")
    );
    let set = |fields: &[&str]| {
        fields
            .iter()
            .map(|f| f.to_string())
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(event_fields, set(EVENT_FIELDS));
    assert_eq!(source_fields, set(SOURCE_FIELDS));
}
