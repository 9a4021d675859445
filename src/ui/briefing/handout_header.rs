//! The top of the printed handout (print only): what is in it, how current the data is, where
//! it was printed from, and the whole chronology as a compact figure.

use leptos::prelude::*;

use crate::chronology::{EventDate, Moment};
use crate::ui::briefing::overview_strip::OverviewStrip;
use crate::ui::browser::url::app_address;
use crate::ui::page::provenance_line::ProvenanceLine;
use crate::ui::state::{use_text, use_viewer};

/// The handout's heading block.
#[component]
pub fn HandoutHeader() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let about = viewer.chronology.with(|c| c.about.clone());
    let total = viewer.chronology.with(|c| c.events.len());
    let contents = move || {
        let shown = viewer.shown.get();
        let date = |index: Option<&usize>| {
            viewer.chronology.with(|c| {
                index
                    .and_then(|&index| c.events.get(index))
                    .map(|event| event.start.to_human(&text.calendar))
            })
        };
        let span = match (date(shown.first()), date(shown.last())) {
            (Some(from), Some(to)) => format!(" · {}", (text.handout_span)(&from, &to)),
            _ => String::new(),
        };
        format!("{}{span}", (text.handout_events)(shown.len(), total))
    };
    let today = EventDate::day_of(Moment::from_ms(js_sys::Date::now()));
    let provenance = [
        (!about.publisher.is_empty()).then(|| format!("{} {}", text.compiled_by, about.publisher)),
        about
            .updated
            .map(|updated| format!("{} {}", text.data_updated, updated.to_human(&text.calendar))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let printed_from = move || {
        format!(
            "{} {}{} · {}",
            text.printed_from,
            app_address(),
            viewer.view_state().to_query(),
            today.to_human(&text.calendar)
        )
    };
    view! {
        <div class="handout-header" data-testid="handout-header">
            <p class="handout-contents">{contents}</p>
            <p class="handout-provenance" hidden=provenance.is_empty()>{provenance.clone()}</p>
            <p class="handout-printed-from">{printed_from}</p>
            <ProvenanceLine />
            <OverviewStrip current=Signal::stored(None) />
        </div>
    }
}
