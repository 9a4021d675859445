//! A cited source: publisher, title, date, the quoted words, a link to the passage and,
//! when the data set carries it, the full text with the passage highlighted.

use leptos::prelude::*;

use super::state::use_text;
use crate::timeline::{link_to_passage, Source};

/// One source of an event.
#[component]
pub fn SourceCitation(
    /// The source to cite.
    source: Source,
) -> impl IntoView {
    let text = use_text();
    let link = source.url.as_ref().map(|url| match &source.quote {
        Some(quote) => (link_to_passage(url, quote), text.open_at_passage),
        None => (url.as_str().to_owned(), text.open_source),
    });
    let published = match (&source.published, source.published_note.is_empty()) {
        (Some(date), true) => Some(date.to_human(&text.months)),
        (Some(date), false) => Some(format!(
            "{} ({})",
            date.to_human(&text.months),
            source.published_note
        )),
        (None, false) => Some(source.published_note.clone()),
        (None, true) => None,
    };
    let quote = source.quote.as_ref().map(|quote| {
        view! {
            <blockquote class="source-quote" cite=source.url.as_ref().map(|url| url.as_str().to_owned())>
                <p>{quote.exact.clone()}</p>
            </blockquote>
        }
    });
    let full_text = source.text.clone().map(|full_text| {
        let passage = source
            .quote
            .as_ref()
            .map(|quote| quote.exact.clone())
            .unwrap_or_default();
        let paragraphs = full_text
            .split("\n\n")
            .map(|paragraph| highlighted(paragraph, &passage))
            .collect_view();
        view! {
            <details class="source-text">
                <summary>{text.read_source_text}</summary>
                <div class="source-text-body">{paragraphs}</div>
            </details>
        }
    });
    view! {
        <figure class="source" data-testid="source">
            {quote}
            <figcaption>
                <span class="publisher">{source.publisher.clone()}</span>
                {(!source.title.is_empty()).then(|| view! {
                    ", " <cite>{source.title.clone()}</cite>
                })}
                {source.title_inferred.then(|| view! { " " <span class="inferred">{text.title_inferred}</span> })}
                {published.map(|date| view! { ", " {text.published} " " {date} })}
                {link.map(|(href, label)| view! {
                    <a class="source-link" href=href target="_blank" rel="noopener noreferrer"
                        data-url=source.url.as_ref().map(|url| url.as_str().to_owned())>
                        {label}
                        <span class="external" aria-hidden="true">" ↗"</span>
                    </a>
                })}
            </figcaption>
            {full_text}
        </figure>
    }
}

/// A paragraph with the quoted passage, if it is in it, wrapped in `<mark>` — as text
/// nodes, never as HTML.
fn highlighted(paragraph: &str, passage: &str) -> impl IntoView {
    match paragraph.find(passage).filter(|_| !passage.is_empty()) {
        Some(start) => {
            let end = start + passage.len();
            view! {
                <p>
                    {paragraph[..start].to_owned()}
                    <mark>{paragraph[start..end].to_owned()}</mark>
                    {paragraph[end..].to_owned()}
                </p>
            }
            .into_any()
        }
        None => view! { <p>{paragraph.to_owned()}</p> }.into_any(),
    }
}
