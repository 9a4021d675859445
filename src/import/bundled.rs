//! The chronology the app ships with: `data/chronology.csv` imported with its editors'
//! habits ([`BUNDLED_SHEET`], documented in `data/README.md`), plus the seed AFP article
//! (`data/seed/`, a forum post that quotes it twice) attached as the full text of a source for
//! the 26 June 2025 exchange, so that exchange can be read in its source, and the Ukrainian
//! and Russian texts of `data/translations.csv`.
//!
//! `cargo run --example regenerate_data` writes the result to `data/chronology.json`; a test
//! fails when the committed file differs from a fresh conversion.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::chronology::{Chronology, DocumentInfo, EventDate, Lane};

use super::csv_records::Sheet;
use super::spreadsheet::{import_spreadsheet, SheetHabits};

/// How `data/chronology.csv` writes what the event format has fields for.
pub const BUNDLED_SHEET: SheetHabits = SheetHabits {
    inferred_title_suffix: Some("(title inferred from URL slug)"),
    // The publishers data/README.md names as aggregators or reposts ("weak sources").
    aggregator_publishers: &[
        "mezha",
        "azernews",
        "sakshi",
        "sotnews",
        "optim.biz",
        "glavnoe",
    ],
    claimant_prefixes: &[
        ("UA:", "Ukraine"),
        ("RU:", "Russia"),
        ("RU MoD:", "Russian MoD"),
        ("RU/proxy:", "Russia/proxy authorities"),
        ("Russian MoD claim:", "Russian MoD"),
        ("Russian claim:", "Russia"),
        ("Russian claims:", "Russia"),
        ("Ukrainian claim:", "Ukraine"),
        ("Ukraine ombudsman:", "Ukraine ombudsman"),
        ("ISW estimate:", "ISW"),
        ("US estimate:", "US"),
        ("DeepState:", "DeepState"),
    ],
    claimant_aliases: &[("both", "both sides")],
    claim_headlines: &[
        ("Russia claims", "Russia"),
        ("Russia says", "Russia"),
        ("Ukraine says", "Ukraine"),
        ("Zelensky:", "Ukraine"),
    ],
    contested_openings: &["contested"],
    contested_phrases: &["contested by", "responsibility contested"],
    opponents: &[("Russia", "Ukraine"), ("Ukraine", "Russia")],
};

/// The event the seed article reports.
pub const SEED_EVENT_ID: &str = "evt-042";
/// The id of the seed article as a source.
pub const SEED_SOURCE_ID: &str = "src-afp-2025-06-27";
const SEED_BYLINE: &str = "Agence France-Presse . Kyiv, Ukraine 27 June, 2025, 00:21";
const SEED_TITLE: &str = "Ukraine, Russia exchange another group of POWs";
const SEED_URL: &str =
    "https://pkdefense.com/threads/monitoring-russian-and-ukraine-war.1295/page-59";
const SEED_QUOTE: &str =
    "The vast majority of the defenders released today had been held captive for more than three years";

/// Builds the bundled chronology from the spreadsheet, the forum post that quotes the seed
/// article and the translations (`data/translations.csv`), through the same reader and
/// validator as any document.
///
/// # Errors
/// Names the first thing that keeps the bundled data from being complete: a spreadsheet row
/// that is refused (by line and column), a seed post in which the article or its quote is
/// not found, or a translation of something the chronology does not have.
pub fn bundled_chronology(
    csv: &str,
    seed_post: &str,
    translations_csv: &str,
) -> Result<Chronology, String> {
    let about = DocumentInfo {
        title: "Russia–Ukraine war: prisoner exchanges, talks and the front line".into(),
        description: "Cited events from February 2022 to May 2026. Figures name the side that \
                      claimed them; contested claims are marked. Sample data compiled from \
                      archived public reports; live pages may differ."
            .into(),
        language: "en".into(),
        publisher: "Chronoline sample data".into(),
        updated: None,
        live: None,
        translations: None,
    };
    let mut imported =
        import_spreadsheet(csv, &about, &BUNDLED_SHEET).map_err(|problem| problem.to_string())?;
    let text = seed_article_text(seed_post)?;
    if !text.contains(SEED_QUOTE) {
        return Err(format!(
            "the seed article does not contain the quote {SEED_QUOTE:?}"
        ));
    }
    let seed_event = imported.document["events"]
        .as_array_mut()
        .and_then(|events| events.iter_mut().find(|event| event["id"] == SEED_EVENT_ID))
        .ok_or_else(|| format!("the spreadsheet has no event {SEED_EVENT_ID}"))?;
    match &mut seed_event["sources"] {
        Value::Array(sources) => sources.push(json!(SEED_SOURCE_ID)),
        other => *other = json!([SEED_SOURCE_ID]),
    }
    if let Some(sources) = imported.document["sources"].as_array_mut() {
        sources.push(json!({
            "id": SEED_SOURCE_ID,
            "publisher": "Agence France-Presse (reposted on a forum)",
            "title": SEED_TITLE,
            "url": SEED_URL,
            "published": "2025-06-27",
            "published_note": "dateline Kyiv, 27 June 2025, 00:21; the forum post quotes the story twice",
            "quote": {"exact": SEED_QUOTE},
            "text": text,
            "kind": "repost",
        }));
    }
    add_translations(&mut imported.document, translations_csv)?;
    let report = imported.read().map_err(|error| error.to_string())?;
    if let Some(problem) = report.errors().first() {
        return Err(problem.to_string());
    }
    // The sheet has no date of its own: the data was updated no earlier than the latest
    // report it cites.
    let mut chronology = report.chronology;
    chronology.about.updated = chronology
        .sources
        .iter()
        .filter_map(|source| source.published)
        .max_by_key(EventDate::latest_ms);
    Ok(chronology)
}

/// Writes the rows of `translations_csv` (`item,field,language,text`) into the document: each
/// translated field becomes a map from language tag to text, the document's own text first.
/// An item is `document`, `lane:<id>` or an event's id, each found by an index built once.
fn add_translations(document: &mut Value, translations_csv: &str) -> Result<(), String> {
    let sheet = Sheet::read(
        translations_csv,
        &["item", "field", "language", "text"],
        false,
    )
    .map_err(|problem| format!("translations: {problem}"))?;
    let language = document["language"].as_str().unwrap_or("en").to_owned();
    if document.get("lanes").is_none() {
        document["lanes"] = serde_json::to_value(Lane::defaults()).map_err(|e| e.to_string())?;
    }
    let ids = |list: &Value| -> HashMap<String, usize> {
        let mut ids = HashMap::new();
        for (index, item) in list.as_array().into_iter().flatten().enumerate() {
            if let Some(id) = item["id"].as_str() {
                ids.insert(id.to_owned(), index);
            }
        }
        ids
    };
    let (lane_ids, event_ids) = (ids(&document["lanes"]), ids(&document["events"]));
    for row in &sheet.rows {
        let [item, field, tag, text] =
            ["item", "field", "language", "text"].map(|column| sheet.cell(row, column));
        let target = match item.strip_prefix("lane:") {
            _ if item == "document" => Some(&mut *document),
            Some(lane) => lane_ids.get(lane).map(|&at| &mut document["lanes"][at]),
            None => event_ids.get(item).map(|&at| &mut document["events"][at]),
        };
        let slot = target
            .and_then(|target| target.get_mut(field))
            .ok_or_else(|| format!("translations line {}: {item} has no {field}", row.line))?;
        if let Value::String(own) = slot {
            let own = Value::String(std::mem::take(own));
            *slot = Value::Object([(language.clone(), own)].into_iter().collect());
        }
        slot[tag] = Value::String(text.to_owned());
    }
    Ok(())
}

/// The forum post from the article's title on: a teaser, then the story quoted twice in
/// full. Kept whole, as the source reads, one paragraph per line of the post.
fn seed_article_text(seed_post: &str) -> Result<String, String> {
    let start = seed_post
        .find(SEED_TITLE)
        .ok_or_else(|| format!("the seed post has no title {SEED_TITLE:?}"))?;
    if !seed_post.contains(SEED_BYLINE) {
        return Err(format!("the seed post has no byline {SEED_BYLINE:?}"));
    }
    let paragraphs: Vec<&str> = seed_post[start..]
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    Ok(paragraphs.join("\n\n"))
}
