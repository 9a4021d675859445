//! Filters: lanes, text, date range and tags, with the count of what is shown.

use leptos::prelude::*;

use crate::chronology::{all_tags, EventDate, EventFilter, EventStanding};
use crate::ui::reading::lane_badge::LaneBadge;
use crate::ui::state::{data_lang, use_text, use_viewer};

/// The filter controls. Every change updates the timeline, the list and the URL.
#[component]
pub fn FilterBar() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let filter = viewer.filter;
    let total = move || viewer.chronology.with(|c| c.events.len());
    let lanes = viewer.chronology.with_untracked(|c| c.lanes.clone());
    let tags = viewer.chronology.with_untracked(|c| all_tags(c));
    // The switch for withdrawn events, once there are any.
    let has_withdrawn = move || {
        viewer.chronology.with(|c| {
            c.events
                .iter()
                .any(|event| matches!(event.standing(), EventStanding::Withdrawn { .. }))
        })
    };
    let expanded = RwSignal::new(false);

    let lane_toggles = lanes
        .into_iter()
        .enumerate()
        .map(|(index, lane)| {
            let id = lane.id.clone();
            let lang = data_lang(lane.shown_language());
            let shown = {
                let id = id.clone();
                move || filter.with(|f| !f.hidden_lanes.contains(&id))
            };
            view! {
                <button
                    type="button"
                    class="chip lane-toggle"
                    aria-pressed=move || shown().to_string()
                    data-lane=lane.id.clone()
                    on:click=move |_| {
                        let id = id.clone();
                        filter.update(move |f| {
                            if !f.hidden_lanes.remove(&id) {
                                f.hidden_lanes.insert(id);
                            }
                        })
                    }
                >
                    <LaneBadge index label=lane.label lang=lang />
                </button>
            }
        })
        .collect_view();

    let tag_toggles = (!tags.is_empty()).then(|| {
        let chips = tags
            .into_iter()
            .map(|tag| {
                let pressed = {
                    let tag = tag.clone();
                    move || filter.with(|f| f.tags.contains(&tag)).to_string()
                };
                let toggled = tag.clone();
                view! {
                    <button type="button" class="chip" aria-pressed=pressed
                        on:click=move |_| {
                            let tag = toggled.clone();
                            filter.update(move |f| {
                                if !f.tags.remove(&tag) {
                                    f.tags.insert(tag);
                                }
                            })
                        }>
                        {tag}
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="filter-group" role="group" aria-label=text.tags>
                <span class="filter-label">{text.tags}</span>
                {chips}
            </div>
        }
    });

    let date_input =
        move |label: &'static str,
              testid: &'static str,
              pick: fn(&mut EventFilter) -> &mut Option<EventDate>| {
            view! {
                <label class="date-filter">
                    <span class="filter-label">{label}</span>
                    <input
                        type="date"
                        data-testid=testid
                        prop:value=move || {
                            filter.with(|f| {
                                let mut copy = f.clone();
                                pick(&mut copy).map(|d| d.to_string()).unwrap_or_default()
                            })
                        }
                        on:change:target=move |event| {
                            let value = event.target().value();
                            filter.update(|f| *pick(f) = EventDate::parse(&value).ok());
                        }
                    />
                </label>
            }
        };

    view! {
        <form class="filter-bar" role="search" aria-label=text.filters
            on:submit=|event| event.prevent_default()>
            // On narrow screens the controls fold away behind this button, so the timeline
            // is on the first screen; wide screens never show it.
            <button type="button" class="button-secondary filters-toggle"
                aria-controls="filter-controls"
                aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|open| *open = !*open)>
                {text.filters}
                {move || {
                    let active = filter.with(|f| !f.is_empty());
                    active.then_some(" •")
                }}
            </button>
            <div class="filter-controls" id="filter-controls" class:expanded=expanded>
            <div class="filter-row">
                <label class="search">
                    <span class="visually-hidden">{text.search}</span>
                    <input
                        type="search"
                        data-testid="search"
                        placeholder=text.search_placeholder
                        prop:value=move || filter.with(|f| f.text.clone())
                        on:input:target=move |event| {
                            let value = event.target().value();
                            filter.update(|f| f.text = value);
                        }
                    />
                </label>
                {date_input(text.date_from, "date-from", |f| &mut f.from)}
                {date_input(text.date_to, "date-to", |f| &mut f.to)}
            </div>
            <div class="filter-group" role="group" aria-label=text.lanes>
                {lane_toggles}
                <button type="button" class="chip contested-toggle" data-testid="contested-only"
                    aria-pressed=move || filter.with(|f| f.contested_only).to_string()
                    on:click=move |_| filter.update(|f| f.contested_only = !f.contested_only)>
                    {text.contested_only}
                </button>
                {move || has_withdrawn().then(|| view! {
                    <button type="button" class="chip withdrawn-toggle" data-testid="show-withdrawn"
                        aria-pressed=move || filter.with(|f| f.show_withdrawn).to_string()
                        on:click=move |_| filter.update(|f| f.show_withdrawn = !f.show_withdrawn)>
                        {text.show_withdrawn}
                    </button>
                })}
            </div>
            {tag_toggles}
            </div>
            <div class="filter-row">
                <p class="filter-count" role="status" data-testid="filter-count">
                    {move || (text.showing_of)(viewer.shown.with(|s| s.len()), total())}
                </p>
                <button type="button" class="button-secondary" data-testid="clear-filters"
                    hidden=move || filter.with(EventFilter::is_empty)
                    on:click=move |_| filter.set(EventFilter::default())>
                    {text.clear_filters}
                </button>
            </div>
        </form>
    }
}
