//! The sources index: every source (publisher, title, date, link) with the events that cite
//! it, filtered by publisher. Printable.

use leptos::prelude::*;

use crate::chronology::{link_to_passage, sources_index, TextField};
use crate::ui::state::{data_lang, use_text, use_viewer};

/// Sources listed before "show more".
const SOURCES_PAGE: usize = 200;

/// Citing events named under a source; the rest are counted.
const CITING_SHOWN: usize = 10;

/// Every source with its citing events; a citing event opens in the detail panel.
#[component]
pub fn SourcesIndex() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let publisher = RwSignal::new(String::new());
    let limit = RwSignal::new(SOURCES_PAGE);
    let entries = Memo::new(move |_| {
        publisher.with(|wanted| viewer.chronology.with(|c| sources_index(c, wanted)))
    });
    let rows = move || {
        let chronology = viewer.chronology.get();
        entries
            .get()
            .into_iter()
            .take(limit.get())
            .filter_map(|entry| {
                let source = chronology.sources.get(entry.source)?.clone();
                let link = source.url.as_ref().map(|url| match &source.quote {
                    Some(quote) => link_to_passage(url, quote, source.text.as_deref().map(|text| (text, &*source.passages))),
                    None => url.as_str().to_owned(),
                });
                let published = source
                    .published
                    .map(|date| date.to_human(&text.calendar))
                    .unwrap_or_else(|| source.published_note.clone());
                let citing_more = entry.cited_by.len().saturating_sub(CITING_SHOWN);
                let citing = entry
                    .cited_by
                    .iter()
                    .take(CITING_SHOWN)
                    .filter_map(|&index| chronology.events.get(index))
                    .map(|event| {
                        let id = event.id.clone();
                        let date = event.start.to_human(&text.calendar);
                        view! {
                            <li>
                                <button type="button" class="link-button"
                                    on:click=move |_| viewer.selected.set(Some(id.clone()))>
                                    {date} ": "
                                    <span lang=data_lang(event.shown_language(TextField::Title))>
                                        {event.title.clone()}
                                    </span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                Some(view! {
                    <li class="source-entry" data-testid="source-entry" data-source=source.id.clone()>
                        <p class="source-entry-head">
                            <span class="publisher">{source.publisher.clone()}</span>
                            {(!source.title.is_empty()).then(|| view! { ", " <cite>{source.title.clone()}</cite> })}
                            {(!published.is_empty()).then(|| view! { ", " {published} })}
                        </p>
                        {link.map(|href| view! {
                            <a class="source-link" href=href target="_blank" rel="noopener noreferrer"
                                data-url=source.url.as_ref().map(|u| u.as_str().to_owned())>
                                {text.open_at_passage}
                                <span class="external" aria-hidden="true">" ↗"</span>
                            </a>
                        })}
                        <p class="cited-by-label">{(text.cited_by)(entry.cited_by.len())}</p>
                        <ul class="cited-by">{citing}</ul>
                        {(citing_more > 0).then(|| view! {
                            <p class="also-cited-more">{(text.also_cited_more)(citing_more)}</p>
                        })}
                    </li>
                })
            })
            .collect_view()
    };
    view! {
        <section class="sources-index" aria-label=text.view_sources data-testid="sources-index">
            <label class="publisher-filter">
                <span class="filter-label">{text.filter_publisher}</span>
                <input type="search" data-testid="publisher-filter"
                    prop:value=move || publisher.get()
                    on:input:target=move |event| publisher.set(event.target().value()) />
            </label>
            <p class="filter-count" role="status" data-testid="sources-count">
                {move || (text.source_count)(entries.with(Vec::len))}
            </p>
            <ol class="source-entries">{rows}</ol>
            {move || {
                let total = entries.with(Vec::len);
                (limit.get() < total).then(|| {
                    let more = SOURCES_PAGE.min(total - limit.get());
                    view! {
                        <button type="button" class="button show-more"
                            on:click=move |_| limit.update(|n| *n += SOURCES_PAGE)>
                            {(text.show_more)(more)}
                        </button>
                    }
                })
            }}
        </section>
    }
}
