//! The time axis: calendar ticks that adapt from decades to hours, today, the data's extent
//! and the chronology's eras.

use leptos::prelude::*;

use crate::chronology::{bounded, decimal, ticks, Moment, TickLevel};
use crate::ui::state::{data_lang, use_text, use_viewer};

/// Ticks, gridlines, the "today" line, shading outside the data and era bands, under the
/// marks.
#[component]
pub fn TimelineAxis(
    /// Height of the plot below the axis labels, in pixels.
    #[prop(into)]
    height: Signal<f64>,
) -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let tick_marks = move || {
        let scale = viewer.scale.get();
        let count = bounded(scale.width() / 64.0, 5.0, 16.0) as usize;
        ticks(&scale, count, &text.calendar)
            .into_iter()
            .map(|tick| {
                let class = match tick.level {
                    TickLevel::Year => "tick level-year",
                    TickLevel::Month => "tick level-month",
                    TickLevel::Day => "tick level-day",
                    TickLevel::Hour => "tick level-hour",
                };
                view! {
                    <div class=class style:left=format!("{}px", decimal(scale.x_of(tick.at), 1))>
                        <span class="tick-label">{tick.label}</span>
                    </div>
                }
            })
            .collect_view()
    };
    let outside_data = move || {
        let scale = viewer.scale.get();
        let limits = viewer.limits.get();
        let before = bounded(scale.x_of(limits.extent_start), 0.0, scale.width());
        let after = bounded(scale.x_of(limits.extent_end), 0.0, scale.width());
        view! {
            <div class="outside-data" style:left="0px" style:width=format!("{}px", decimal(before, 1))></div>
            <div class="outside-data" style:left=format!("{}px", decimal(after, 1))
                style:width=format!("{}px", decimal(scale.width() - after, 1))></div>
        }
    };
    // Eras: a labelled band for each period in view.
    let eras = move || {
        let scale = viewer.scale.get();
        viewer.chronology.with(|chronology| {
            chronology
                .eras
                .iter()
                .filter_map(|era| {
                    let from = bounded(scale.x_of(era.start.earliest()), 0.0, scale.width());
                    let to = bounded(scale.x_of(era.end.latest()), 0.0, scale.width());
                    (to - from >= 1.0).then(|| {
                        view! {
                            <div class="era-band" title=era.label.clone()
                                lang=data_lang(era.shown_language())
                                style:left=format!("{}px", decimal(from, 1))
                                style:width=format!("{}px", decimal(to - from, 1))>
                                <span class="era-label">{era.label.clone()}</span>
                            </div>
                        }
                    })
                })
                .collect_view()
        })
    };
    // Today: a line when it is in view, otherwise a pointer at the edge it lies beyond.
    let today = move || {
        let scale = viewer.scale.get();
        let x = scale.x_of(Moment::from_ms(js_sys::Date::now()));
        if (0.0..=scale.width()).contains(&x) {
            view! {
                <div class="today-line" style:left=format!("{}px", decimal(x, 1))>
                    <span class="today-label">{text.today}</span>
                </div>
            }
            .into_any()
        } else {
            let (class, label) = if x > 0.0 {
                ("today-beyond after", format!("{} →", text.today))
            } else {
                ("today-beyond before", format!("← {}", text.today))
            };
            view! { <span class=class>{label}</span> }.into_any()
        }
    };
    view! {
        <div class="axis" aria-hidden="true" style:height=move || format!("{}px", decimal(height.get(), 1))>
            {outside_data}
            {eras}
            {tick_marks}
            {today}
        </div>
    }
}
