//! The reader's languages as the browser states them, and the page's own `lang`.

use super::{document, window};
use crate::chronology::Language;

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Says on `<html lang>` which language the page is in, so screen readers pronounce it and
/// browsers hyphenate and offer translation rightly.
pub fn set_page_language(tag: &str) {
    if let Some(root) = document().and_then(|page| page.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

/// The reader's language: the address's `lang`, else the browser's preferred languages, else
/// the document's `language` when known ([`Language::choose`]).
pub fn reader_language(document: Option<&str>) -> Language {
    let asked = super::url::view_state_from_page().language;
    Language::choose(
        asked.map(Language::as_str),
        &preferred_languages(),
        document,
    )
}
