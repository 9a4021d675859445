//! A spreadsheet's figures text (`"RU MoD: 150 for 150; UA: 189 returned [Zelensky]"`) as
//! figures of the event format, each with the side that claimed it.

use crate::chronology::{Figure, FigureValue};

use super::spreadsheet::SheetHabits;

/// Splits a figures cell into figures, each with its claimant: statements are separated by
/// `;` outside brackets and parentheses; a trailing `[…]` names who claimed the figure, and
/// so do the sheet's claimant prefixes. "not disclosed" becomes
/// [`FigureValue::Undisclosed`], never a number, and "N for N" the number `N` each side.
///
/// # Example
/// ```
/// use chronoline::import::{split_figures, BUNDLED_SHEET};
/// use chronoline::chronology::FigureValue;
/// let figures = split_figures("RU MoD: 150 for 150; UA: 189 returned [Zelensky]", &BUNDLED_SHEET);
/// assert_eq!(figures[0].label, "150 for 150");
/// assert_eq!(figures[0].claimed_by.as_deref(), Some("Russian MoD"));
/// assert_eq!(figures[0].value, Some(FigureValue::Number(150.0)));
/// assert_eq!(figures[1].claimed_by.as_deref(), Some("Zelensky"));
/// ```
pub fn split_figures(text: &str, habits: &SheetHabits) -> Vec<Figure> {
    split_top_level(text, ';')
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|statement| {
            let mut label = statement;
            let mut claimed_by = None;
            if let Some(open) = label.rfind('[').filter(|_| label.ends_with(']')) {
                let inside = &label[open + 1..label.len() - 1];
                if !inside.contains(';') {
                    let alias = habits
                        .claimant_aliases
                        .iter()
                        .find(|(word, _)| *word == inside);
                    claimed_by = Some(alias.map_or(inside, |(_, name)| name).to_owned());
                    label = label[..open].trim_end();
                }
            }
            for (prefix, claimant) in habits.claimant_prefixes {
                if let Some(rest) = label.strip_prefix(prefix) {
                    label = rest.trim_start();
                    claimed_by.get_or_insert_with(|| (*claimant).to_owned());
                    break;
                }
            }
            let lower = crate::chronology::lower_case(label);
            let value = if lower.contains("not disclosed") || lower.contains("undisclosed") {
                Some(FigureValue::Undisclosed)
            } else {
                swap_size(label).map(FigureValue::Number)
            };
            Figure {
                label: label.to_owned(),
                value,
                unit: value
                    .filter(|value| matches!(value, FigureValue::Number(_)))
                    .map(|_| "each side".to_owned()),
                claimed_by,
            }
        })
        .collect()
}

/// The `N` of a statement that starts "N for N" (an even swap), like "1,000 for 1,000".
fn swap_size(label: &str) -> Option<f64> {
    let mut words = label.split_whitespace();
    let left = words.next()?;
    let (Some("for"), Some(right)) = (words.next(), words.next()) else {
        return None;
    };
    let right = right.trim_end_matches([',', ':', '.']);
    let number = |word: &str| -> Option<f64> {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            word.replace(',', "").parse().ok()
        } else {
            None
        }
    };
    number(left).filter(|n| Some(*n) == number(right))
}

/// Splits on `separator` outside brackets and parentheses, trimming each part.
fn split_top_level(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if c == separator && depth <= 0 => {
                parts.push(text[start..index].trim());
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(text[start..].trim());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::BUNDLED_SHEET;

    #[test]
    fn figures_keep_their_claimants_and_undisclosed_is_not_zero() {
        let split = |text| split_figures(text, &BUNDLED_SHEET);
        let figures =
            split("Numbers not disclosed [both]; ages of freed Ukrainians 24–62 [Ukraine]");
        assert_eq!(figures.len(), 2);
        assert_eq!(figures[0].value, Some(FigureValue::Undisclosed));
        assert_eq!(figures[0].claimed_by.as_deref(), Some("both sides"));
        assert_eq!(figures[1].label, "ages of freed Ukrainians 24–62");
        assert_eq!(figures[1].value, None);

        let nested = split(
            "UA: 215 freed (Kyiv Independent: 205 Ukrainians + 10 foreigners; some outlets: 215); 200 exchanged [Ukraine]",
        );
        assert_eq!(
            nested.len(),
            2,
            "semicolons inside parentheses do not split"
        );
        assert_eq!(nested[0].claimed_by.as_deref(), Some("Ukraine"));

        let bracket_with_list = split("115 for 115 [both sides; UAE: 230 captives released]");
        assert_eq!(
            bracket_with_list[0].label,
            "115 for 115 [both sides; UAE: 230 captives released]"
        );
        assert_eq!(bracket_with_list[0].value, Some(FigureValue::Number(115.0)));
        assert!(split("").is_empty());
        assert_eq!(split("1,000 for 999")[0].value, None);
    }

    #[test]
    fn a_sheet_without_habits_reads_no_prefixes() {
        let figures = split_figures("UA: 189 returned [both]", &SheetHabits::NONE);
        assert_eq!(figures[0].label, "UA: 189 returned");
        assert_eq!(figures[0].claimed_by.as_deref(), Some("both"));
    }
}
