//! How messages quote what they are about: values in double quotes and cut to 60
//! characters, lists of known names cut to a few.

/// A value in double quotes for a message, like JSON would write it.
/// At most 60 characters of it are quoted, with "…" when it is longer.
pub(crate) fn quoted(text: &str) -> String {
    let shown = shortened(text);
    format!("\"{}\"", shown.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Up to `limit` names joined by commas, then "… and N more".
pub(crate) fn listed(names: &[&str], limit: usize) -> String {
    let shown: Vec<String> = names
        .iter()
        .take(limit)
        .map(|name| shortened(name))
        .collect();
    let mut text = shown.join(", ");
    if names.len() > limit {
        text.push_str(&format!(" … and {} more", names.len() - limit));
    }
    text
}

/// At most 60 characters of `text`, with "…" when cut.
pub fn shortened(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_and_lists_are_cut() {
        assert_eq!(shortened(&"x".repeat(70)).chars().count(), 61);
        assert_eq!(quoted("a\"b"), r#""a\"b""#);
        let names: Vec<String> = (0..12).map(|i| format!("l{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        assert_eq!(
            listed(&names, 10),
            "l0, l1, l2, l3, l4, l5, l6, l7, l8, l9 … and 2 more"
        );
    }
}
