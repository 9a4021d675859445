//! The accessible, printable list of the chronology: years, months, events.

use std::sync::Arc;

use leptos::prelude::*;

use super::event_card::EventCard;
use super::state::use_text;
use crate::timeline::{group_by_year_and_month, month_name, Chronology};

/// How many events the list renders before asking; keeps the page light at any size.
const LIST_PAGE: usize = 1000;

/// The shown events, grouped by year and month, with a list of years to jump between.
#[component]
pub fn ChronologyList(
    /// The loaded chronology.
    chronology: Arc<Chronology>,
    /// Indices of the events to list, in time order.
    shown: Arc<Vec<usize>>,
) -> impl IntoView {
    let text = use_text();
    if shown.is_empty() {
        let message = if chronology.events.is_empty() {
            text.no_events
        } else {
            text.nothing_matches
        };
        return view! { <p class="empty-state">{message}</p> }.into_any();
    }
    let limit = RwSignal::new(LIST_PAGE);
    let total = shown.len();
    view! {
        {move || {
            let visible = &shown[..limit.get().min(total)];
            grouped_list(&chronology, visible, total)
        }}
        {move || (limit.get() < total).then(|| {
            let more = LIST_PAGE.min(total - limit.get());
            view! {
                <button type="button" class="button show-more" on:click=move |_| limit.update(|n| *n += LIST_PAGE)>
                    {(text.show_more)(more)}
                </button>
            }
        })}
    }
    .into_any()
}

fn grouped_list(chronology: &Arc<Chronology>, shown: &[usize], total: usize) -> impl IntoView {
    let text = use_text();
    let groups = group_by_year_and_month(&chronology.events, shown);
    let year_links = groups
        .iter()
        .map(|group| {
            view! {
                <li>
                    <a href=format!("#year-{}", group.year)>{group.year}</a>
                </li>
            }
        })
        .collect_view();
    let years = groups
        .into_iter()
        .map(|year_group| {
            let year = year_group.year;
            let months = year_group
                .months
                .into_iter()
                .map(|month_group| {
                    let heading = match month_group.month {
                        Some(month) => {
                            format!("{} {year}", month_name(&text.months, month))
                        }
                        None => format!("{year} · {}", text.month_unknown),
                    };
                    let events = month_group
                        .events
                        .into_iter()
                        .filter_map(|index| chronology.events.get(index).cloned())
                        .map(|event| {
                            view! {
                                <li>
                                    <EventCard event chronology=chronology.clone() />
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="month">
                            <h3 class="month-heading">{heading}</h3>
                            <ol class="event-list">{events}</ol>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="year" aria-labelledby=format!("year-{year}")>
                    <h2 class="year-heading" id=format!("year-{year}") tabindex="-1">
                        {year}
                    </h2>
                    {months}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="chronology-list" data-testid="chronology-list">
            <nav class="year-nav" aria-label=text.years_nav>
                <p class="event-count" data-testid="event-count">
                    {(text.event_count)(total)}
                </p>
                <ul>{year_links}</ul>
            </nav>
            {years}
        </div>
    }
}
