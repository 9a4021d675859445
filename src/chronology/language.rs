//! The interface's languages: which one a reader gets, and how each counts things.
//!
//! The viewer speaks English, Ukrainian and Russian. The reader's language comes from the
//! address (`?lang=uk`), else the browser's preferred languages, else the document's
//! `language`, else English ([`Language::choose`]). Counted phrases take their form from
//! [`Language::plural`]: Ukrainian and Russian have three (1 подія, 2 події, 5 подій).

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// English, the default.
    #[default]
    English,
    /// Ukrainian.
    Ukrainian,
    /// Russian.
    Russian,
}

words!(Language {
    English => "en",
    Ukrainian => "uk",
    Russian => "ru",
});

/// The form a counted word takes after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    /// 1, 21, 101 (and in English only 1): "1 event", "21 подія".
    One,
    /// 2–4, 22–24 in Ukrainian and Russian: "2 події", "3 события".
    Few,
    /// Everything else: "5 events", "11 подій", "0 событий".
    Many,
}

impl Language {
    /// The language a BCP 47 tag names, by its first subtag, in any case: `"uk-UA"` and
    /// `"UK"` are Ukrainian. `None` for a language the interface is not written in.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::Language;
    /// assert_eq!(Language::from_tag("ru-RU"), Some(Language::Russian));
    /// assert_eq!(Language::from_tag("en_GB"), Some(Language::English));
    /// assert_eq!(Language::from_tag("de"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Language::WORDS
            .iter()
            .find(|(_, word)| primary.eq_ignore_ascii_case(word))
            .map(|(language, _)| *language)
    }

    /// The reader's language: the address's `lang` when it names one of ours, else the first
    /// of the browser's preferred languages that is one of ours, else the document's
    /// language, else English.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::Language;
    /// let browser = ["de-DE".to_owned(), "ru".to_owned(), "uk".to_owned()];
    /// assert_eq!(Language::choose(Some("uk"), &browser, Some("en")), Language::Ukrainian);
    /// assert_eq!(Language::choose(Some("xx"), &browser, Some("en")), Language::Russian);
    /// assert_eq!(Language::choose(None, &[], Some("uk-UA")), Language::Ukrainian);
    /// assert_eq!(Language::choose(None, &[], None), Language::English);
    /// ```
    pub fn choose(address: Option<&str>, browser: &[String], document: Option<&str>) -> Language {
        address
            .and_then(Language::from_tag)
            .or_else(|| browser.iter().find_map(|tag| Language::from_tag(tag)))
            .or_else(|| document.and_then(Language::from_tag))
            .unwrap_or_default()
    }

    /// The form a counted word takes after `count` in this language.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{Language, PluralForm};
    /// assert_eq!(Language::Ukrainian.plural(21), PluralForm::One);
    /// assert_eq!(Language::Ukrainian.plural(22), PluralForm::Few);
    /// assert_eq!(Language::Russian.plural(12), PluralForm::Many);
    /// assert_eq!(Language::English.plural(21), PluralForm::Many);
    /// ```
    pub fn plural(self, count: u64) -> PluralForm {
        match self {
            Language::English if count == 1 => PluralForm::One,
            Language::English => PluralForm::Many,
            // The East Slavic rule of CLDR: by the last digit, with 11–14 as "many".
            Language::Ukrainian | Language::Russian => match (count % 10, count % 100) {
                (1, tens) if tens != 11 => PluralForm::One,
                (2..=4, tens) if !(12..=14).contains(&tens) => PluralForm::Few,
                _ => PluralForm::Many,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slavic_plural_forms_follow_the_last_digits() {
        let forms = |language: Language, counts: &[u64]| {
            counts
                .iter()
                .map(|count| language.plural(*count))
                .collect::<Vec<_>>()
        };
        use PluralForm::{Few, Many, One};
        for language in [Language::Ukrainian, Language::Russian] {
            assert_eq!(
                forms(
                    language,
                    &[0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1_000_002]
                ),
                [Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Few]
            );
        }
        assert_eq!(
            forms(Language::English, &[0, 1, 2, 21]),
            [Many, One, Many, Many]
        );
    }

    #[test]
    fn the_address_wins_then_the_browser_then_the_document() {
        let browser = ["fr-FR".to_owned(), "en-US".to_owned(), "uk".to_owned()];
        assert_eq!(
            Language::choose(Some("RU"), &browser, None),
            Language::Russian
        );
        assert_eq!(
            Language::choose(None, &browser, Some("uk")),
            Language::English
        );
        let other = ["fr-FR".to_owned()];
        assert_eq!(
            Language::choose(None, &other, Some("ru-UA")),
            Language::Russian
        );
        assert_eq!(
            Language::choose(Some(""), &other, Some("")),
            Language::English
        );
        assert_eq!(
            Language::from_tag("ukr"),
            None,
            "three-letter codes are not ours"
        );
    }
}
