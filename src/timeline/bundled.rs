//! The chronology the app ships with: `data/chronology.csv` converted, plus the seed AFP
//! article (`data/seed/`, a forum post that quotes it twice) attached as the full text of a
//! source for the 26 June 2025 exchange, so that exchange can be read in its source.
//!
//! `cargo run --example regenerate_data` writes the result to `data/chronology.json`; a test
//! fails when the committed file differs from a fresh conversion.

use super::chronology_csv::chronology_from_csv;
use super::date::EventDate;
use super::model::{Chronology, DocumentInfo, Quote, SafeUrl, Source, SourceKind};

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

/// Builds the bundled chronology from the spreadsheet and the forum post that quotes the
/// seed article.
///
/// # Errors
/// Names the first thing that keeps the bundled data from being complete: a spreadsheet row
/// that does not convert, or a seed post in which the article or its quote is not found.
pub fn bundled_chronology(csv: &str, seed_post: &str) -> Result<Chronology, String> {
    let about = DocumentInfo {
        title: "Russia–Ukraine war: prisoner exchanges, talks and the front line".into(),
        description: "Cited events from February 2022 to May 2026. Figures name the side that \
                      claimed them; contested claims are marked. Sample data compiled from \
                      archived public reports; live pages may differ."
            .into(),
        language: "en".into(),
        publisher: "Chronoline sample data".into(),
        updated: None,
    };
    let (chronology, problems) =
        chronology_from_csv(csv, about).map_err(|problem| problem.to_string())?;
    if let Some(problem) = problems.first() {
        return Err(problem.to_string());
    }
    let text = seed_article_text(seed_post)?;
    if !text.contains(SEED_QUOTE) {
        return Err(format!(
            "the seed article does not contain the quote {SEED_QUOTE:?}"
        ));
    }
    let Chronology {
        about,
        lanes,
        mut sources,
        mut events,
        ..
    } = chronology;
    let event = events
        .iter_mut()
        .find(|event| event.id == SEED_EVENT_ID)
        .ok_or_else(|| format!("the spreadsheet has no event {SEED_EVENT_ID}"))?;
    event.sources.push(SEED_SOURCE_ID.to_owned());
    let mut seed = Source {
        id: SEED_SOURCE_ID.to_owned(),
        publisher: "Agence France-Presse (reposted on a forum)".into(),
        title: SEED_TITLE.into(),
        title_inferred: false,
        url: SafeUrl::parse(SEED_URL).ok(),
        published: EventDate::parse("2025-06-27").ok(),
        published_note: "dateline Kyiv, 27 June 2025, 00:21; the forum post quotes the story twice"
            .into(),
        quote: Some(Quote {
            exact: SEED_QUOTE.into(),
            prefix: String::new(),
            suffix: String::new(),
        }),
        text: Some(text.into()),
        passages: Default::default(),
        kind: SourceKind::Repost,
    };
    seed.locate_quote();
    sources.push(seed);
    Ok(Chronology::new(about, lanes, sources, events))
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
