//! An ACLED export (Armed Conflict Location & Event Data, CSV) as an event-format document:
//! each row an event, its `event_type` a lane, `time_precision` the date's precision, its
//! `source` list the event's sources (one source per publisher, shared by every event that
//! cites it), and its fatalities a figure attributed to those sources.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::chronology::{Message, Problem, ProblemEffect, ENGLISH_MONTHS};

use super::csv_records::{is_blank, Sheet};
use super::{ImportedDocument, InputLanes, PlaceNaming};

/// The columns this importer reads, of the many an export has.
const ACLED_COLUMNS: [&str; 16] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "source",
    "notes",
    "fatalities",
    "tags",
];

/// Which column each event field is read from.
const EVENT_COLUMNS: &[(&str, &str)] = &[
    ("id", "event_id_cnty"),
    ("start", "event_date"),
    ("lane", "event_type"),
    ("title", "sub_event_type"),
    ("summary", "notes"),
    ("location.lat", "latitude"),
    ("location.lon", "longitude"),
    ("location", "location"),
    ("tags", "tags"),
    ("figures", "fatalities"),
    ("sources", "source"),
];

/// Every source field comes from the `source` column.
const SOURCE_COLUMNS: &[(&str, &str)] = &[("id", "source"), ("publisher", "source")];

/// Whether a CSV header row is an ACLED export: it has `event_id_cnty` and `event_date`.
pub fn is_acled(header: &[String]) -> bool {
    let has = |name: &str| header.iter().any(|field| field.trim() == name);
    has("event_id_cnty") && has("event_date")
}

/// Converts an ACLED export into an event-format document. Read the result with
/// [`ImportedDocument::read`]: problems are named by line and column.
///
/// # Errors
/// A [`Problem`] for the whole file when a quoted field never ends or it is empty.
///
/// # Example
/// ```
/// use chronoline::import::import_acled;
/// let csv = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,source,fatalities\n\
///            UKR1,2024-02-24,1,Battles,Armed clash,Avdiivka,Ukrinform; Kyiv Independent,3\n\
///            UKR2,12 March 2024,3,Explosions/Remote violence,Air/drone strike,Odesa,Ukrinform,0\n";
/// let report = import_acled(csv).unwrap().read().unwrap();
/// let events = &report.chronology.events;
/// assert_eq!(events[0].start.to_string(), "2024-02-24");
/// assert_eq!(events[1].start.to_string(), "2024-03", "time precision 3 is the month");
/// assert_eq!(events[0].figures[0].claimed_by.as_deref(), Some("Ukrinform; Kyiv Independent"));
/// assert_eq!(report.chronology.sources.len(), 2, "one source per publisher");
/// ```
pub fn import_acled(csv: &str) -> Result<ImportedDocument, Problem> {
    let sheet = Sheet::read(csv, &ACLED_COLUMNS, false)?;
    let mut imported = ImportedDocument::new(PlaceNaming::Sheet, EVENT_COLUMNS, SOURCE_COLUMNS);
    let mut lanes = InputLanes::default();
    let mut source_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut sources = Vec::new();
    let mut events = Vec::new();
    for record in &sheet.rows {
        if is_blank(record) {
            continue;
        }
        let cell = |name: &str| sheet.cell(record, name);
        let line = record.line;
        let start = match date_at_precision(cell("event_date"), cell("time_precision")) {
            Ok(start) => start,
            Err(reason) => {
                let problem = Problem {
                    path: format!("line {line}, column event_date"),
                    reason,
                    effect: ProblemEffect::EventSkipped,
                };
                imported.places.problems.push((line, problem));
                continue;
            }
        };
        let mut event = Map::new();
        event.insert("id".into(), json!(cell("event_id_cnty")));
        event.insert("start".into(), json!(start.text));
        if start.approximate {
            event.insert("approximate".into(), json!(true));
        }
        let event_type = cell("event_type");
        let lane = lanes.id_for(event_type, |lanes| format!("acled-{}", lanes.len() + 1));
        event.insert("lane".into(), json!(lane));
        let title = [cell("sub_event_type"), cell("location")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        event.insert("title".into(), json!(title));
        if !cell("notes").is_empty() {
            event.insert("summary".into(), json!(cell("notes")));
        }
        let mut parts: Vec<&str> = [cell("location"), cell("admin1"), cell("country")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect();
        // "Ukraine, Ukraine" when the place is the country itself.
        parts.dedup();
        let place = parts.join(", ");
        if !place.is_empty() {
            let mut location = json!({ "name": place });
            for (field, column) in [("lat", "latitude"), ("lon", "longitude")] {
                let text = cell(column);
                if !text.is_empty() {
                    // serde_json's number reader: the float parser is 20 KB of wasm.
                    location[field] = match serde_json::from_str::<serde_json::Number>(text) {
                        Ok(number) => Value::Number(number),
                        Err(_) => json!(text),
                    };
                }
            }
            event.insert("location".into(), location);
        }
        let tags: Vec<&str> = [cell("actor1"), cell("actor2")]
            .into_iter()
            .chain(cell("tags").split(';').map(str::trim))
            .filter(|tag| !tag.is_empty())
            .collect();
        if !tags.is_empty() {
            event.insert("tags".into(), json!(tags));
        }
        let cited_text = cell("source");
        let fatalities = cell("fatalities");
        if !fatalities.is_empty() && fatalities != "0" {
            let value = fatalities
                .parse::<u64>()
                .map_or_else(|_| json!(fatalities), |number| json!(number));
            let mut figure = json!({"label": "fatalities", "value": value});
            if !cited_text.is_empty() {
                figure["claimed_by"] = json!(cited_text);
            }
            event.insert("figures".into(), json!([figure]));
        }
        let mut cited = Vec::new();
        for publisher in cited_text
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let id = match source_ids.get(publisher) {
                Some(id) => id.clone(),
                None => {
                    let id = format!("acled-source-{}", source_ids.len() + 1);
                    source_ids.insert(publisher.to_owned(), id.clone());
                    sources.push(json!({"id": id, "publisher": publisher}));
                    imported.places.source_origins.push(line);
                    id
                }
            };
            if !cited.contains(&id) {
                cited.push(id);
            }
        }
        if !cited.is_empty() {
            event.insert("sources".into(), json!(cited));
        }
        events.push(Value::Object(event));
        imported.places.event_origins.push(line);
    }
    imported.document = json!({
        "format_version": 1,
        "publisher": "ACLED",
        "lanes": lanes.into_json(),
        "sources": sources,
        "events": events,
    });
    Ok(imported)
}

/// An ACLED date at the precision its `time_precision` gives.
#[derive(Debug)]
struct AcledDate {
    text: String,
    approximate: bool,
}

/// `event_date` (`2024-02-24` or `24 February 2024`) at `time_precision`: 1 the day, 2 a day
/// within that week (the date marked approximate), 3 the month.
fn date_at_precision(date: &str, precision: &str) -> Result<AcledDate, Message> {
    let (year, month, day) = iso_date(date)
        .or_else(|| written_date(date))
        .ok_or_else(|| Message::NotAnAcledDate {
            text: crate::chronology::shortened(date),
        })?;
    let day_text = format!("{year:04}-{month:02}-{day:02}");
    match precision.trim() {
        "" | "1" => Ok(AcledDate {
            text: day_text,
            approximate: false,
        }),
        "2" => Ok(AcledDate {
            text: day_text,
            approximate: true,
        }),
        "3" => Ok(AcledDate {
            text: format!("{year:04}-{month:02}"),
            approximate: false,
        }),
        other => Err(Message::NotAnAcledPrecision {
            value: crate::chronology::shortened(other),
        }),
    }
}

/// `2024-02-24` as numbers.
fn iso_date(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Some((year, month, day))
}

/// `24 February 2024` (as ACLED's spreadsheets write dates) as numbers.
fn written_date(text: &str) -> Option<(u32, u32, u32)> {
    let mut words = text.split_whitespace();
    let day = words.next()?.parse().ok()?;
    let name = words.next()?;
    let month =
        (1..=12u32).find(|month| ENGLISH_MONTHS[*month as usize - 1].eq_ignore_ascii_case(name))?;
    let year = words.next()?.parse().ok()?;
    words.next().is_none().then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows shaped like a real export: every column, quoted notes with commas, a week and a
    /// month precision, one wire service cited by many rows, a row without coordinates.
    const EXPORT: &str = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,\
sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,\
iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,\
notes,fatalities,tags,timestamp\n\
UKR101,2024-02-24,2024,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,8,\
Military Forces of Ukraine (2019-),,8,88,,804,Europe,Ukraine,Donetsk,Pokrovskyi,,Avdiivka,48.1394,37.7497,1,\
Ukrinform; Kyiv Independent,National,\"On 24 February 2024, Russian forces clashed with Ukrainian forces, \
near Avdiivka.\",3,,1709000000\n\
UKR102,12 March 2024,2024,2,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,\
8,Civilians (Ukraine),,7,78,Civilian targeting,804,Europe,Ukraine,Odesa,Odeskyi,,Odesa,46.4775,30.7326,1,\
Ukrinform,National,A drone struck a port.,0,casualties unknown,1709000001\n\
UKR103,2024-04-01,2024,3,Strategic developments,Strategic developments,Agreement,Government of Ukraine (2019-),,1,\
Government of Russia (2000-),,1,11,,804,Europe,Ukraine,,,,Ukraine,,,3,Ukrinform,National,\
Exchange of bodies.,0,,1709000002\n\
UKR104,2024-02-31,2024,1,Political violence,Battles,Armed clash,,,,,,,,,804,Europe,Ukraine,,,,Kupiansk,,,,,,,,,\n";

    #[test]
    fn an_export_becomes_lanes_events_and_shared_sources() {
        let report = import_acled(EXPORT).unwrap().read().unwrap();
        let chronology = &report.chronology;
        let lanes: Vec<&str> = chronology.lanes.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(
            lanes,
            [
                "Battles",
                "Explosions/Remote violence",
                "Strategic developments"
            ]
        );
        assert_eq!(chronology.events.len(), 3);
        let clash = &chronology.events[0];
        assert_eq!(clash.title, "Armed clash — Avdiivka");
        assert!(clash
            .summary
            .starts_with("On 24 February 2024, Russian forces"));
        let location = clash.location.as_ref().unwrap();
        assert_eq!(location.name, "Avdiivka, Donetsk, Ukraine");
        assert_eq!(
            clash.tags,
            [
                "Military Forces of Russia (2000-)",
                "Military Forces of Ukraine (2019-)"
            ]
        );
        assert_eq!(clash.figures.len(), 1);
        let strike = &chronology.events[1];
        assert_eq!(strike.start.to_string(), "2024-03-12");
        assert!(strike.approximate, "time precision 2: within the week");
        assert!(strike.figures.is_empty(), "0 fatalities is no figure");
        assert!(strike.tags.iter().any(|tag| tag == "casualties unknown"));
        assert_eq!(chronology.events[2].start.to_string(), "2024-04");
        let country = chronology.events[2].location.as_ref().unwrap();
        assert_eq!(country.name, "Ukraine");
        let publishers: Vec<&str> = chronology
            .sources
            .iter()
            .map(|s| s.publisher.as_str())
            .collect();
        assert_eq!(publishers, ["Ukrinform", "Kyiv Independent"]);
        assert_eq!(
            chronology.cited_by(0).len(),
            3,
            "Ukrinform, cited by every row, is one source"
        );
        let bad = report
            .problems
            .iter()
            .find(|p| p.path == "line 5, column event_date")
            .unwrap();
        assert!(
            matches!(
                bad.reason,
                Message::NotADate {
                    error: crate::chronology::DateError::NoSuchDate,
                    ..
                }
            ),
            "{}",
            bad.reason
        );
        assert!(is_acled(&["event_id_cnty".into(), "event_date".into()]));
    }

    #[test]
    fn dates_read_in_both_ways_acled_writes_them() {
        assert_eq!(written_date("24 February 2024"), Some((2024, 2, 24)));
        assert_eq!(written_date("24 Februar 2024"), None);
        assert_eq!(
            date_at_precision("2024-02-24", "4").err(),
            Some(Message::NotAnAcledPrecision { value: "4".into() })
        );
        assert_eq!(
            date_at_precision("yesterday", "1").err(),
            Some(Message::NotAnAcledDate {
                text: "yesterday".into()
            })
        );
    }
}
