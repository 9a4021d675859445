//! One event as a slide, in type large enough for a projector: the date as reported, lane,
//! title, claim line, summary, figures with who claimed them, and sources with publisher and
//! quote.

use leptos::prelude::*;

use crate::chronology::{link_to_passage, TextField, TimelineEvent};
use crate::ui::page::provenance_line::ProvenanceLine;
use crate::ui::reading::event_card::{claim_view, event_date_text, figures_view};
use crate::ui::reading::event_media::EventMedia;
use crate::ui::reading::lane_badge::LaneBadge;
use crate::ui::state::{data_lang, use_text, use_viewer};

/// The slide for `event`.
#[component]
pub fn Slide(
    /// The event on the slide.
    event: TimelineEvent,
) -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let chronology = viewer.chronology.get();
    let (lane_index, lane_label) = chronology.lane_badge(&event);
    let lane_label = lane_label.to_owned();
    let figures = figures_view(&event, text);
    let sources = event
        .sources
        .iter()
        .filter_map(|id| chronology.source(id))
        .map(|source| {
            let link = source.url.as_ref().map(|url| {
                let href = match &source.quote {
                    Some(quote) => link_to_passage(url, quote, source.text.as_deref().map(|text| (text, &*source.passages))),
                    None => url.as_str().to_owned(),
                };
                let host = source.host().unwrap_or_else(|| url.as_str().to_owned());
                view! {
                    <a class="slide-source-link" href=href target="_blank" rel="noopener noreferrer">
                        {host} " ↗"
                    </a>
                }
            });
            let quote = source
                .quote
                .as_ref()
                .map(|quote| view! { <q class="slide-quote">{quote.exact.clone()}</q> });
            view! {
                <li class="slide-source">
                    <span class="publisher">{source.publisher.clone()}</span>
                    " "
                    {link}
                    {quote}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="slide" aria-labelledby="slide-title" data-testid="slide"
            data-event=event.id.clone()>
            <p class="slide-meta">
                <LaneBadge index=lane_index label=lane_label />
                <span class="slide-date" data-testid="slide-date">{event_date_text(&event, text)}</span>
            </p>
            <h2 class="slide-title" id="slide-title" lang=data_lang(event.shown_language(TextField::Title))>
                {event.title.clone()}
            </h2>
            {event.claim.as_ref().map(|claim| claim_view(claim, text))}
            {(!event.summary.is_empty()).then(|| view! {
                <p class="slide-summary" lang=data_lang(event.shown_language(TextField::Summary))>
                    {event.summary.clone()}
                </p>
            })}
            {event.media().cloned().map(|media| view! { <EventMedia media /> })}
            {figures}
            <ProvenanceLine />
            {(!event.sources.is_empty()).then(|| view! {
                <section class="slide-sources" aria-label=text.sources_heading>
                    <h3>{text.sources_heading}</h3>
                    <ul>{sources}</ul>
                </section>
            })}
        </article>
    }
}
