//! Reading one source of a document: its id and publisher (without which it is left out),
//! and what it carries — title, a link that is safe to follow, dates, the verbatim quote that
//! supports its events, its text and what kind of reporting it is — each bad value named
//! with its path and left out alone.

use std::collections::BTreeMap;

use serde_json::Value;

use super::fields::{ignored, Fields, Refusal};
use super::message::Message;
use super::messages::shortened;
use super::model::{Quote, SafeUrl, Source, SourceKind};
use super::report::Problem;

/// The fields a source object may have.
pub const SOURCE_FIELDS: &[&str] = &[
    "id",
    "publisher",
    "title",
    "title_inferred",
    "url",
    "published",
    "published_note",
    "quote",
    "text",
    "kind",
    "updated",
];
const QUOTE_FIELDS: &[&str] = &["exact", "prefix", "suffix"];

/// The source at `path`; its id must not be one of `source_ids`, those of the sources read
/// before it.
pub(super) fn read_source(
    item: &Value,
    path: &str,
    source_ids: &BTreeMap<String, usize>,
    problems: &mut Vec<Problem>,
) -> Result<Source, Refusal> {
    let fields = Fields::of(item, path)?;
    fields.report_unknown(SOURCE_FIELDS, problems);
    let id = fields.required_text("id")?;
    if source_ids.contains_key(&id) {
        return Err(Refusal::new(
            &fields.at("id"),
            Message::DuplicateSourceId { id: shortened(&id) },
        ));
    }
    let publisher = fields.required_text("publisher")?;
    let url = fields
        .optional_text("url", problems)
        .and_then(|text| match SafeUrl::parse(&text) {
            Ok(url) => Some(url),
            Err(reason) => {
                problems.push(ignored(&fields.at("url"), reason));
                None
            }
        });
    let quote = match fields.get("quote") {
        None => None,
        Some(Value::String(exact)) if exact.trim().is_empty() => None,
        Some(Value::String(exact)) => Some(Quote {
            exact: exact.trim().to_owned(),
            prefix: String::new(),
            suffix: String::new(),
        }),
        Some(value) => {
            let quote_path = fields.at("quote");
            match Fields::of(value, &quote_path).and_then(|quote| {
                quote.report_unknown(QUOTE_FIELDS, problems);
                Ok(Quote {
                    exact: quote.required_text("exact")?,
                    prefix: quote.optional_text("prefix", problems).unwrap_or_default(),
                    suffix: quote.optional_text("suffix", problems).unwrap_or_default(),
                })
            }) {
                Ok(quote) => Some(quote),
                Err(refusal) => {
                    problems.push(ignored(&refusal.path, refusal.reason));
                    None
                }
            }
        }
    };
    Ok(Source {
        id,
        publisher,
        title: fields.optional_text("title", problems).unwrap_or_default(),
        title_inferred: fields.optional_flag("title_inferred", problems),
        url,
        published: fields.optional_date("published", problems),
        updated: fields.optional_date("updated", problems).map(Box::new),
        published_note: fields
            .optional_text("published_note", problems)
            .unwrap_or_default(),
        quote,
        text: fields.optional_text("text", problems).map(Into::into),
        passages: Default::default(),
        kind: match fields.optional_text("kind", problems) {
            None => SourceKind::Original,
            Some(word) => word.parse().unwrap_or_else(|_| {
                problems.push(ignored(
                    &fields.at("kind"),
                    Message::NotOneOf {
                        word: shortened(&word),
                        choices: SourceKind::word_list(),
                    },
                ));
                SourceKind::Original
            }),
        },
    })
}
