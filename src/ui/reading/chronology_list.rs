//! The accessible, printable list of the chronology: years, months, events.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::chronology::{era_openings, group_by_year_and_month, Chronology, EventOrder};
use crate::ui::reading::event_card::EventCard;
use crate::ui::state::{data_lang, use_text};

/// How many events the list renders at a time; each "show more" appends a page, so the
/// page stays light and a click never rebuilds what is already there.
const LIST_PAGE: usize = 250;

/// The shown events, grouped by year and month, with a list of years to jump between.
#[component]
pub fn ChronologyList(
    /// The loaded chronology.
    chronology: Arc<Chronology>,
    /// Indices of the events to list, in time order.
    shown: Arc<Vec<usize>>,
    /// Oldest or newest first; the list has the switch (oldest first when not given).
    #[prop(optional)]
    order: Option<RwSignal<EventOrder>>,
) -> impl IntoView {
    let text = use_text();
    let order = order.unwrap_or_else(|| RwSignal::new(EventOrder::Oldest));
    let arranged = order.get_untracked();
    let in_time_order = shown.clone();
    let shown = Arc::new(arranged.arrange(&shown));
    if shown.is_empty() {
        let message = if chronology.events.is_empty() {
            text.no_events
        } else {
            text.nothing_matches
        };
        return view! { <p class="empty-state">{message}</p> }.into_any();
    }
    let total = shown.len();
    let pages = RwSignal::new(1usize);
    let mut years: Vec<i32> = shown
        .iter()
        .filter_map(|&index| Some(chronology.events.get(index)?.start.year()))
        .collect();
    years.dedup();
    let year_links = years
        .into_iter()
        .map(|year| view! { <li><a href=format!("#year-{year}")>{text.calendar.year(year)}</a></li> })
        .collect_view();
    // Each era is noted before the first listed event within it: eras by that event.
    let mut eras: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (event, era) in era_openings(
        &chronology.events,
        &in_time_order,
        &chronology.eras,
        arranged,
    ) {
        eras.entry(event).or_default().push(era);
    }
    let eras = Arc::new(eras);
    let page_view = move |page: usize| {
        let from = page * LIST_PAGE;
        let to = (from + LIST_PAGE).min(total);
        let before = from
            .checked_sub(1)
            .and_then(|last| chronology.events.get(shown[last]))
            .map(|event| (event.start.year(), event.start.month()));
        list_page(&chronology, &shown[from..to], before, &eras)
    };
    view! {
        <div class="chronology-list" data-testid="chronology-list">
            <nav class="year-nav" aria-label=text.years_nav>
                <p class="event-count" data-testid="event-count">
                    {(text.event_count)(total)}
                </p>
                <button type="button" class="chip order-toggle" data-testid="newest-first"
                    aria-pressed=(arranged == EventOrder::Newest).to_string()
                    on:click=move |_| order.update(|order| {
                        *order = match order {
                            EventOrder::Oldest => EventOrder::Newest,
                            EventOrder::Newest => EventOrder::Oldest,
                        }
                    })>
                    {text.newest_first}
                </button>
                <ul>{year_links}</ul>
            </nav>
            <For each=move || 0..pages.get() key=|page| *page children=page_view />
        </div>
        {move || {
            let listed = (pages.get() * LIST_PAGE).min(total);
            (listed < total).then(|| {
                let more = LIST_PAGE.min(total - listed);
                view! {
                    <button type="button" class="button show-more" on:click=move |_| pages.update(|n| *n += 1)>
                        {(text.show_more)(more)}
                    </button>
                }
            })
        }}
    }
    .into_any()
}

/// One page of the list. `before` is the year and month of the event just before it: a
/// year or month that continues from the previous page gets no second heading. `eras` are
/// the eras (indices) to note before each event (index), from [`era_openings`].
fn list_page(
    chronology: &Arc<Chronology>,
    shown: &[usize],
    before: Option<(i32, Option<u32>)>,
    eras: &BTreeMap<usize, Vec<usize>>,
) -> impl IntoView {
    let text = use_text();
    let groups = group_by_year_and_month(&chronology.events, shown);
    groups
        .into_iter()
        .map(|year_group| {
            let year = year_group.year;
            let year_continues = before.is_some_and(|(last_year, _)| last_year == year);
            let months = year_group
                .months
                .into_iter()
                .map(|month_group| {
                    let continues = before == Some((year, month_group.month));
                    let heading = match month_group.month {
                        Some(month) => {
                            text.calendar.month_of_year(year, month)
                        }
                        None => format!("{} · {}", text.calendar.year(year), text.month_unknown),
                    };
                    let events = month_group
                        .events
                        .into_iter()
                        .filter_map(|index| Some((index, chronology.events.get(index).cloned()?)))
                        .map(|(index, event)| {
                            let notes = eras
                                .get(&index)
                                .into_iter()
                                .flatten()
                                .filter_map(|era| chronology.eras.get(*era))
                                .map(|era| {
                                    let dates = format!(
                                        "{} – {}",
                                        era.start.to_human(&text.calendar),
                                        era.end.to_human(&text.calendar)
                                    );
                                    view! {
                                        <li class="era-note" role="note">
                                            <span class="era-note-label" lang=data_lang(era.shown_language())>{era.label.clone()}</span>
                                            " " <span class="era-note-dates">{dates}</span>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                {notes}
                                <li>
                                    <EventCard event chronology=chronology.clone() />
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="month">
                            {(!continues).then(|| view! { <h3 class="month-heading">{heading}</h3> })}
                            <ol class="event-list">{events}</ol>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="year" aria-labelledby=(!year_continues).then(|| format!("year-{year}"))>
                    {(!year_continues).then(|| view! {
                        <h2 class="year-heading" id=format!("year-{year}") tabindex="-1">{text.calendar.year(year)}</h2>
                    })}
                    {months}
                </section>
            }
        })
        .collect_view()
}
