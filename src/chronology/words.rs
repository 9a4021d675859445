//! One table per enum that is written as a word — in documents, addresses and views — so each
//! word is written once: `words!` gives the enum `as_str`, `FromStr` and the list of its words
//! for messages ("high, medium, low").

/// Implements `as_str`, `WORDS`, `word_list` and `FromStr` for an enum from one table of
/// `Variant => "word"` (`#[macro_use]` in `mod.rs` makes it usable in the whole core).
macro_rules! words {
    ($ty:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value with its word, in order.
            pub const WORDS: &'static [($ty, &'static str)] = &[$(($ty::$variant, $word)),+];

            /// The word for this value, as documents, addresses and views write it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $word),+
                }
            }

            /// The words, for messages: `"high, medium, low"`.
            pub fn word_list() -> String {
                Self::WORDS
                    .iter()
                    .map(|(_, word)| *word)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $crate::chronology::UnknownWord;

            fn from_str(word: &str) -> Result<$ty, $crate::chronology::UnknownWord> {
                match word {
                    $($word => Ok($ty::$variant),)+
                    _ => Err($crate::chronology::UnknownWord),
                }
            }
        }
    };
}

/// A word that names no value of the enum it was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownWord;

#[cfg(test)]
mod tests {
    use crate::chronology::{
        ColorScheme, Confidence, EventOrder, Presentation, SourceKind, ViewMode,
    };

    /// Every word reads back as its value, and no two values share a word.
    fn round_trips<T: Copy + PartialEq + std::fmt::Debug + std::str::FromStr>(
        words: &[(T, &str)],
        as_str: impl Fn(T) -> &'static str,
    ) {
        for (value, word) in words {
            assert_eq!(as_str(*value), *word);
            assert_eq!(word.parse::<T>().ok(), Some(*value), "{word}");
        }
        assert!("".parse::<T>().is_err());
        assert!("HIGH LIST".parse::<T>().is_err());
    }

    #[test]
    fn each_word_is_written_once_and_read_back() {
        round_trips(Confidence::WORDS, Confidence::as_str);
        round_trips(SourceKind::WORDS, SourceKind::as_str);
        round_trips(ViewMode::WORDS, ViewMode::as_str);
        round_trips(Presentation::WORDS, Presentation::as_str);
        round_trips(ColorScheme::WORDS, ColorScheme::as_str);
        round_trips(EventOrder::WORDS, EventOrder::as_str);
        assert_eq!(Confidence::word_list(), "high, medium, low");
        assert_eq!(SourceKind::word_list(), "original, aggregator, repost");
    }
}
