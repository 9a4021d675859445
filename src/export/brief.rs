//! A Markdown brief of a chronology: dated headlines, summaries, figures with who claimed
//! them and sources with links — to paste into a memo or a newsletter. Every text from the
//! data is escaped, so that nothing in it becomes Markdown (or HTML) where it is pasted.

use crate::chronology::{Chronology, FigureValue, ENGLISH_CALENDAR};

/// The chronology as a Markdown brief.
///
/// # Example
/// ```
/// use chronoline::chronology::parse_chronology;
/// use chronoline::export::markdown_brief;
/// let chronology = parse_chronology(r#"{"format_version": 1, "title": "Swaps",
///   "events": [{"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap *near* Sumy"}]}"#)
///   .unwrap().chronology;
/// assert!(markdown_brief(&chronology).contains("## 26 June 2025 — Swap \\*near\\* Sumy\n"));
/// ```
pub fn markdown_brief(chronology: &Chronology) -> String {
    let mut brief = String::new();
    let title = if chronology.about.title.is_empty() {
        "Chronology"
    } else {
        &chronology.about.title
    };
    brief.push_str(&format!("# {}\n\n", escaped(title)));
    if !chronology.about.description.is_empty() {
        brief.push_str(&format!("{}\n\n", escaped(&chronology.about.description)));
    }
    for (position, event) in chronology.events.iter().enumerate() {
        let mut date = event
            .date_as_reported
            .clone()
            .unwrap_or_else(|| event.start.to_human(&ENGLISH_CALENDAR));
        if let (Some(end), None) = (event.end, &event.date_as_reported) {
            date = format!("{date} – {}", end.to_human(&ENGLISH_CALENDAR));
        }
        brief.push_str(&format!(
            "## {} — {}\n\n",
            escaped(&date),
            escaped(&event.title)
        ));
        if !event.summary.is_empty() {
            brief.push_str(&format!("{}\n\n", escaped(&event.summary)));
        }
        for figure in &event.figures {
            // Numbers stand out; "not disclosed" does not.
            let number = matches!(figure.value, Some(FigureValue::Number(_)));
            let value = super::figure_value(figure)
                .map(|value| {
                    if number {
                        format!(": **{value}**")
                    } else {
                        format!(": {value}")
                    }
                })
                .unwrap_or_default();
            let who = figure
                .claimed_by
                .as_ref()
                .map(|who| format!(" (according to {})", escaped(who)))
                .unwrap_or_default();
            brief.push_str(&format!("- {}{value}{who}\n", escaped(&figure.label)));
        }
        let mut sources = chronology.sources_of(position).peekable();
        if sources.peek().is_some() {
            if !event.figures.is_empty() {
                brief.push('\n');
            }
            brief.push_str("Sources:\n\n");
            for source in sources {
                let mut name = escaped(&source.publisher);
                if !source.title.is_empty() {
                    name = format!("{name}: {}", escaped(&source.title));
                }
                match &source.url {
                    Some(url) => brief.push_str(&format!("- [{name}](<{}>)", link(url.as_str()))),
                    None => brief.push_str(&format!("- {name}")),
                }
                if let Some(published) = source.published {
                    brief.push_str(&format!(", {}", published.to_human(&ENGLISH_CALENDAR)));
                }
                brief.push('\n');
            }
        }
        if !brief.ends_with("\n\n") {
            brief.push('\n');
        }
    }
    brief
}

/// Text with every character Markdown (or HTML inside it) could read as markup escaped.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]()<>#+-.!|~&".contains(c) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// A link target safe inside `<…>`: no angle brackets, spaces or line breaks.
fn link(url: &str) -> String {
    url.replace('<', "%3C")
        .replace('>', "%3E")
        .replace(' ', "%20")
        .replace(['\n', '\r'], "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    #[test]
    fn a_brief_has_dates_figures_with_claimants_and_linked_sources_and_no_markup_from_data() {
        let chronology = parse_chronology(
            r##"{"format_version": 1, "title": "Swaps <script>alert(1)</script>",
              "sources": [{"id": "s", "publisher": "AFP", "title": "[click](javascript:x)",
                           "url": "https://example.org/a_(b)", "published": "2025-06-27"}],
              "events": [
                {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap", "sources": ["s"],
                 "summary": "# Not a heading\n<img src=x onerror=alert(1)>",
                 "figures": [{"label": "returned", "value": 189, "claimed_by": "Zelensky"},
                             {"label": "exchanged", "value": "undisclosed"}]},
                {"id": "b", "start": "2025-06", "end": "2025-07", "lane": "talks", "title": "Talks"}]}"##,
        )
        .unwrap()
        .chronology;
        let brief = markdown_brief(&chronology);
        assert!(
            brief.starts_with("# Swaps \\<script\\>alert\\(1\\)\\</script\\>\n\n"),
            "{brief}"
        );
        assert!(brief.contains(
            "## 26 June 2025 — Swap\n\n\\# Not a heading \\<img src=x onerror=alert\\(1\\)\\>\n\n"
        ));
        assert!(brief
            .contains("- returned: **189** (according to Zelensky)\n- exchanged: not disclosed\n"));
        assert!(brief.contains(
            "- [AFP: \\[click\\]\\(javascript:x\\)](<https://example.org/a_(b)>), 27 June 2025\n"
        ));
        assert!(brief.contains("## June 2025 – July 2025 — Talks\n"));
        for (at, _) in brief.match_indices('<') {
            let before = &brief[..at];
            assert!(
                before.ends_with('\\') || before.ends_with("]("),
                "a bare < at {at}: {brief}"
            );
        }
    }
}
