//! A slim strip of the whole chronology: a tick per shown event in its lane's colour (events
//! closer than a bucket share one), the years, and a marker where the current event sits. On
//! every slide, and in the handout.

use leptos::prelude::*;

use crate::chronology::{decimal, lane_class, overview_marks, overview_position, overview_years};
use crate::ui::state::{use_text, use_viewer};

/// Year labels on the strip, at most.
const YEAR_LABELS: usize = 12;
/// The width of the ticks' drawing, stretched to the strip's width.
const VIEW_WIDTH: f64 = 1000.0;

/// The strip for the viewer's shown events, marking the event at `current` (an index into
/// the chronology's events), if any.
#[component]
pub fn OverviewStrip(
    /// The event to mark.
    #[prop(into)]
    current: Signal<Option<usize>>,
) -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    // The data's extent, which a live update may widen.
    let extent = move || {
        let limits = viewer.limits.get();
        (limits.extent_start, limits.extent_end)
    };
    let percent = |at: f64| format!("{}%", decimal(at * 100.0, 2));
    // One path per lane, whatever the number of events: the strip costs a handful of nodes.
    let ticks = move || {
        let shown = viewer.shown.get();
        let mut paths: Vec<(usize, String)> = Vec::new();
        viewer.chronology.with(|chronology| {
            for mark in overview_marks(chronology, &shown, extent()) {
                let at = mark.at * VIEW_WIDTH;
                match paths.iter_mut().find(|(lane, _)| *lane == mark.lane) {
                    Some((_, path)) => path.push_str(&format!("M{} 0v10", decimal(at, 1))),
                    None => paths.push((mark.lane, format!("M{} 0v10", decimal(at, 1)))),
                }
            }
        });
        paths
            .into_iter()
            .map(|(lane, path)| {
                view! { <path class=lane_class(lane) d=path /> }
            })
            .collect_view()
    };
    let years = move || {
        overview_years(extent(), YEAR_LABELS)
            .into_iter()
            .map(|(year, at)| {
                view! { <span class="overview-year" style:left=percent(at)>{text.calendar.year(year)}</span> }
            })
            .collect_view()
    };
    // Eras: tinted spans behind the ticks.
    let eras = move || {
        let extent = extent();
        viewer.chronology.with(|chronology| {
            chronology
                .eras
                .iter()
                .map(|era| {
                    let from = overview_position(era.start.earliest(), extent);
                    let to = overview_position(era.end.latest(), extent);
                    view! {
                        <span class="overview-era" style:left=percent(from)
                            style:width=percent(to - from) title=era.label.clone()></span>
                    }
                })
                .collect_view()
        })
    };
    let marker = move || {
        let index = current.get()?;
        let at = viewer.chronology.with(|chronology| {
            chronology
                .events
                .get(index)
                .map(|event| overview_position(event.start.earliest(), extent()))
        })?;
        Some(view! {
            <span class="overview-current" style:left=percent(at) data-testid="overview-current"></span>
        })
    };
    view! {
        <div class="overview-strip" role="img" aria-label=text.overview_label data-testid="overview-strip">
            <div class="overview-track">
                {eras}
                <svg class="overview-ticks" viewBox="0 0 1000 10" preserveAspectRatio="none"
                    aria-hidden="true" focusable="false">
                    {ticks}
                </svg>
                {marker}
            </div>
            <div class="overview-years" aria-hidden="true">{years}</div>
        </div>
    }
}
