//! Texts of the data in more than one language.
//!
//! Any text field of the event format (a title, summary, notes, a lane's, era's or figure's
//! label, the document's title and description) may be a string or a map from language tag
//! to string: `"title": {"en": "Prisoner exchange", "uk": "Обмін полоненими"}`. The field
//! keeps the map's first text (by tag), and the item keeps every text in its [`Translations`].
//! Once loaded, [`Chronology::show_in`](super::Chronology::show_in) puts the reader's
//! language in each field (else the document's, else the first by tag), and the views mark text
//! shown in another language than the interface's with its own `lang`
//! ([`text_language`]). Quotes are never translated: they stay in the source's words.

use serde::Serialize;
use serde_json::{Map, Value};

use super::language::Language;
use super::model::{Chronology, DocumentInfo, Era, Lane, Source, TimelineEvent};

/// Which text field of an item a translation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// An event's or the document's title.
    Title,
    /// An event's summary.
    Summary,
    /// An event's editor's notes.
    Notes,
    /// The document's description.
    Description,
    /// A lane's or era's label.
    Label,
    /// The label of an event's figure, by its place in the event's list.
    FigureLabel(usize),
}

/// Every language a multilingual item's texts are written in, and which one each field
/// shows now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translations {
    /// Field, language tag and text, in the order the document's map is read (by tag: the
    /// reader does not keep a JSON object's order).
    texts: Vec<(TextField, String, String)>,
    /// The language of the text each multilingual field shows.
    shown: Vec<(TextField, String)>,
}

impl Translations {
    /// Adds `field`'s texts by language; the first is what the field shows until
    /// [`Translations::pick`] chooses.
    pub(crate) fn add(&mut self, field: TextField, texts: Vec<(String, String)>) {
        if let Some((language, _)) = texts.first() {
            self.shown.push((field, language.clone()));
        }
        for (language, text) in texts {
            self.texts.push((field, language, text));
        }
    }

    /// Adds every text of `other`.
    pub(crate) fn append(&mut self, mut other: Translations) {
        self.texts.append(&mut other.texts);
        self.shown.append(&mut other.shown);
    }

    /// Whether no field has texts in more than one language.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The texts of `field`, as (language tag, text), by tag.
    pub fn texts_of(&self, field: TextField) -> impl Iterator<Item = (&str, &str)> {
        self.texts
            .iter()
            .filter(move |(of, _, _)| *of == field)
            .map(|(_, language, text)| (language.as_str(), text.as_str()))
    }

    /// The language tag of the text `field` shows, when the field is multilingual.
    pub fn shown_language(&self, field: TextField) -> Option<&str> {
        self.shown
            .iter()
            .find(|(of, _)| *of == field)
            .map(|(_, language)| language.as_str())
    }

    /// `field`'s text in `reader`'s language, else in the `document`'s language, else its
    /// first; records which it chose. `None` when the field is not multilingual.
    pub(crate) fn pick(
        &mut self,
        field: TextField,
        reader: &str,
        document: &str,
    ) -> Option<String> {
        let texts: Vec<(&str, &str)> = self.texts_of(field).collect();
        let (language, text) = texts
            .iter()
            .find(|(language, _)| same_language(language, reader))
            .or_else(|| {
                texts
                    .iter()
                    .find(|(language, _)| same_language(language, document))
            })
            .or(texts.first())
            .map(|(language, text)| ((*language).to_owned(), (*text).to_owned()))?;
        if let Some(shown) = self.shown.iter_mut().find(|(of, _)| *of == field) {
            shown.1 = language;
        }
        Some(text)
    }
}

impl Chronology {
    /// Puts in every multilingual text field its text in `reader`'s language, else in the
    /// document's, else its first (the fields of a one-language document stay as they are).
    /// Search, sorting by title and every view then read the reader's texts.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{parse_chronology, Language, TextField};
    /// let mut chronology = parse_chronology(r#"{"format_version": 1, "language": "en",
    ///   "events": [{"id": "e", "start": "2025-06-26", "lane": "exchange",
    ///     "title": {"en": "Prisoner exchange", "uk": "Обмін полоненими"}, "summary": "Only English."}]}"#)
    ///   .unwrap().chronology;
    /// chronology.show_in(Language::Ukrainian);
    /// let event = &chronology.events[0];
    /// assert_eq!(event.title, "Обмін полоненими");
    /// assert_eq!(event.shown_language(TextField::Title), Some("uk"));
    /// assert_eq!(event.shown_language(TextField::Summary), None, "in the document's language");
    /// ```
    pub fn show_in(&mut self, reader: Language) {
        let reader = reader.as_str();
        let document = self.about.language.clone();
        let pick = |translations: &mut Option<Box<Translations>>, field, text: &mut String| {
            if let Some(chosen) = translations
                .as_mut()
                .and_then(|translations| translations.pick(field, reader, &document))
            {
                *text = chosen;
            }
        };
        pick(
            &mut self.about.translations,
            TextField::Title,
            &mut self.about.title,
        );
        pick(
            &mut self.about.translations,
            TextField::Description,
            &mut self.about.description,
        );
        for lane in &mut self.lanes {
            pick(&mut lane.translations, TextField::Label, &mut lane.label);
        }
        for era in &mut self.eras {
            pick(&mut era.translations, TextField::Label, &mut era.label);
        }
        for event in &mut self.events {
            let Some(extras) = event.extras.as_mut() else {
                continue;
            };
            let translations = &mut extras.translations;
            let mut pick = |field, text: &mut String| {
                if let Some(chosen) = translations.pick(field, reader, &document) {
                    *text = chosen;
                }
            };
            pick(TextField::Title, &mut event.title);
            pick(TextField::Summary, &mut event.summary);
            pick(TextField::Notes, &mut event.notes);
            for (index, figure) in event.figures.iter_mut().enumerate() {
                pick(TextField::FigureLabel(index), &mut figure.label);
            }
        }
    }
}

impl Chronology {
    /// The document as event-format JSON, pretty-printed, with every multilingual field
    /// written as its map from language tag to text, so nothing is lost when it is saved.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::parse_chronology;
    /// let text = r#"{"format_version": 1, "events": [{"id": "e", "start": "2025", "lane": "other",
    ///   "title": {"en": "Talks", "uk": "Переговори"}}]}"#;
    /// let chronology = parse_chronology(text).unwrap().chronology;
    /// let written = chronology.to_event_format();
    /// assert!(written.contains(r#""uk": "Переговори""#));
    /// assert_eq!(parse_chronology(&written).unwrap().chronology, chronology);
    /// ```
    pub fn to_event_format(&self) -> String {
        let document = WrittenDocument {
            format_version: self.format_version,
            about: written(
                &self.about,
                self.about.translations.as_deref(),
                &[
                    (TextField::Title, "title"),
                    (TextField::Description, "description"),
                ],
            ),
            lanes: self
                .lanes
                .iter()
                .map(|lane| {
                    written(
                        lane,
                        lane.translations.as_deref(),
                        &[(TextField::Label, "label")],
                    )
                })
                .collect(),
            sources: &self.sources,
            events: self
                .events
                .iter()
                .map(|event| {
                    let Some(translations) = event.translations() else {
                        return Written::Plain(event);
                    };
                    let figures: Vec<(TextField, String)> = (0..event.figures.len())
                        .map(|index| {
                            (
                                TextField::FigureLabel(index),
                                format!("figures.{index}.label"),
                            )
                        })
                        .collect();
                    let mut fields = vec![
                        (TextField::Title, "title"),
                        (TextField::Summary, "summary"),
                        (TextField::Notes, "notes"),
                    ];
                    fields.extend(figures.iter().map(|(field, key)| (*field, key.as_str())));
                    written(event, Some(translations), &fields)
                })
                .collect(),
            eras: self
                .eras
                .iter()
                .map(|era| {
                    written(
                        era,
                        era.translations.as_deref(),
                        &[(TextField::Label, "label")],
                    )
                })
                .collect(),
        };
        serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
    }
}

/// The document as [`Chronology::to_event_format`] writes it: the chronology's own fields in
/// their order, each item as it serializes or, when multilingual, rewritten with its maps.
#[derive(Serialize)]
struct WrittenDocument<'a> {
    format_version: u32,
    #[serde(flatten)]
    about: Written<'a, DocumentInfo>,
    lanes: Vec<Written<'a, Lane>>,
    sources: &'a [Source],
    events: Vec<Written<'a, TimelineEvent>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    eras: Vec<Written<'a, Era>>,
}

/// An item as it serializes, or rewritten with its multilingual fields as maps.
#[derive(Serialize)]
#[serde(untagged)]
enum Written<'a, T: Serialize> {
    Plain(&'a T),
    Multilingual(Value),
}

/// `item`, with each of `fields` that has texts in several languages written as its map;
/// a key `a.0.b` names a field inside a list.
fn written<'a, T: Serialize>(
    item: &'a T,
    translations: Option<&Translations>,
    fields: &[(TextField, &str)],
) -> Written<'a, T> {
    let Some(translations) = translations.filter(|translations| !translations.is_empty()) else {
        return Written::Plain(item);
    };
    // Through the text serializer the page already has: `to_value` would compile every
    // model type's serializer once more, for the value serializer, into the page's wasm.
    let Some(mut value) = serde_json::to_string(item)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
    else {
        return Written::Plain(item);
    };
    for (field, key) in fields {
        let texts: Map<String, Value> = translations
            .texts_of(*field)
            .map(|(language, text)| (language.to_owned(), Value::String(text.to_owned())))
            .collect();
        let pointer = format!("/{}", key.replace('.', "/"));
        if let (false, Some(slot)) = (texts.is_empty(), value.pointer_mut(&pointer)) {
            *slot = Value::Object(texts);
        }
    }
    Written::Multilingual(value)
}

impl TimelineEvent {
    /// The language tag of the text `field` shows when the field is multilingual (else it
    /// is in the document's language).
    pub fn shown_language(&self, field: TextField) -> Option<&str> {
        self.translations()?.shown_language(field)
    }
}

impl DocumentInfo {
    /// The language tag of the title or description shown, when it is multilingual (else it
    /// is in [`DocumentInfo::language`]).
    pub fn shown_language(&self, field: TextField) -> Option<&str> {
        self.translations.as_ref()?.shown_language(field)
    }
}

impl Lane {
    /// The language tag of the label shown, when the label is multilingual.
    pub fn shown_language(&self) -> Option<&str> {
        self.translations.as_ref()?.shown_language(TextField::Label)
    }
}

impl Era {
    /// The language tag of the label shown, when the label is multilingual.
    pub fn shown_language(&self) -> Option<&str> {
        self.translations.as_ref()?.shown_language(TextField::Label)
    }
}

/// The `lang` a view puts on a data text shown to a reader of the interface in `reader`:
/// the text's language when it is known and not the reader's, else `None` (the page's
/// `lang` already says it). The text's language is its field's when the field is
/// multilingual, else the document's.
///
/// # Example
/// ```
/// use chronoline::chronology::{text_language, Language};
/// assert_eq!(text_language(None, "en", Language::Ukrainian), Some("en"));
/// assert_eq!(text_language(None, "uk-UA", Language::Ukrainian), None);
/// assert_eq!(text_language(Some("uk"), "en", Language::Ukrainian), None);
/// assert_eq!(text_language(None, "", Language::Russian), None, "unknown: say nothing");
/// ```
pub fn text_language<'a>(
    shown: Option<&'a str>,
    document: &'a str,
    reader: Language,
) -> Option<&'a str> {
    let language = shown.unwrap_or(document);
    (!language.is_empty() && !same_language(language, reader.as_str())).then_some(language)
}

/// Whether two language tags name the same language (their first subtags, in any case).
pub(crate) fn same_language(one: &str, other: &str) -> bool {
    let primary = |tag: &str| tag.trim().split(['-', '_']).next().unwrap_or("").to_owned();
    !one.trim().is_empty() && primary(one).eq_ignore_ascii_case(&primary(other))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(texts: &[(&str, &str)]) -> Translations {
        let mut translations = Translations::default();
        translations.add(
            TextField::Title,
            texts
                .iter()
                .map(|(language, text)| ((*language).to_owned(), (*text).to_owned()))
                .collect(),
        );
        translations
    }

    #[test]
    fn the_reader_s_language_then_the_document_s_then_the_first() {
        let mut both = title(&[("en", "Exchange"), ("uk-UA", "Обмін")]);
        assert_eq!(
            both.pick(TextField::Title, "uk", "en").as_deref(),
            Some("Обмін")
        );
        assert_eq!(both.shown_language(TextField::Title), Some("uk-UA"));
        assert_eq!(
            both.pick(TextField::Title, "ru", "en").as_deref(),
            Some("Exchange")
        );
        assert_eq!(both.shown_language(TextField::Title), Some("en"));
        let mut other = title(&[("de", "Austausch"), ("fr", "Échange")]);
        assert_eq!(
            other.pick(TextField::Title, "uk", "en").as_deref(),
            Some("Austausch")
        );
        assert_eq!(other.pick(TextField::Summary, "uk", "en"), None);
    }

    #[test]
    fn only_text_in_another_language_than_the_reader_s_is_marked() {
        let both = title(&[("en", "Exchange"), ("uk", "Обмін")]);
        let shown = both.shown_language(TextField::Title);
        assert_eq!(text_language(shown, "uk", Language::Ukrainian), Some("en"));
        assert_eq!(text_language(shown, "en", Language::English), None);
        assert!(!same_language("", ""));
    }
}
