//! The interactive timeline: lanes of events on a time axis, zoomed and panned by wheel,
//! drag, pinch, buttons and keys, with one tab stop for the events (roving focus).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use crate::chronology::{
    decimal, lane_class, timeline_key, DatePrecision, EmbedOptions, EventDate, EventStanding, Mark,
    MarkSizes, Moment, SessionChanges, TimelineCommand, TimelineEvent, LANE_GEOMETRY,
};
use crate::ui::browser;
use crate::ui::browser::focus::focus_after_frame;
use crate::ui::browser::size_observer::observe_size;
use crate::ui::reading::lane_badge::LaneBadge;
use crate::ui::state::{data_lang, use_text, use_viewer, ViewerState};
use crate::ui::timeline::gestures::Gestures;
use crate::ui::timeline::timeline_axis::TimelineAxis;
use crate::ui::timeline::timeline_mark::{PlacedMark, TimelineMark};
use crate::ui::timeline::zoom_controls::ZoomControls;

/// Where each lane starts vertically (`None` for lanes the filter hides, which take no
/// room), and the plot's total height (with a band for era labels when there are eras).
fn lane_tops(viewer: &ViewerState) -> (Vec<Option<f64>>, f64) {
    let layout = viewer.layout.get();
    viewer.chronology.with(|c| {
        let (tops, height) = viewer.filter.with(|filter| {
            LANE_GEOMETRY.lane_tops(c.lanes.iter().enumerate().map(|(index, lane)| {
                (
                    filter.hidden_lanes.contains(&lane.id),
                    layout.rows_in_lane(index),
                )
            }))
        });
        let era_labels = if c.eras.is_empty() {
            0.0
        } else {
            LANE_GEOMETRY.era_labels
        };
        (tops, height + era_labels)
    })
}

/// The whole timeline with its controls.
#[component]
pub fn TimelineView() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let plot = NodeRef::<Div>::new();
    // The event that holds the tab stop, as an index into the chronology's events.
    let active = RwSignal::new(None::<usize>);
    let geometry = Memo::new(move |_| lane_tops(&viewer));
    let marks = Memo::new(move |_| {
        let layout = viewer.layout.get();
        viewer
            .scale
            .with(|scale| layout.marks(scale, MarkSizes::default()))
    });

    // The width comes from the page and is passed into the scale; the maths never reads it.
    let measure = move || {
        if let Some(element) = plot.get_untracked() {
            let width = f64::from(element.client_width());
            if width > 0.0 && viewer.scale.with_untracked(|scale| scale.width() != width) {
                viewer
                    .scale
                    .update(|scale| *scale = scale.with_width(width));
            }
        }
    };
    // Measured again whenever the plot changes size: a window resize, the detail panel
    // opening beside it, an embed's column changing.
    Effect::new(move |_| {
        if let Some(element) = plot.get() {
            observe_size(&element, measure);
        }
    });
    Effect::new(move |_| {
        if plot.get().is_some() {
            measure();
            // A link to one event opens with that event in view.
            let linked = viewer
                .selected
                .get_untracked()
                .and_then(|id| viewer.chronology.with_untracked(|c| c.event_index(&id)));
            if let (Some(event), false) = (linked, viewer.range_from_url) {
                viewer.show_event(event);
                active.set(Some(event));
            }
        }
    });

    // Tell benchmarks when the first marks for loaded data are on screen.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let drawn = marks.with(|marks| !marks.is_empty());
        if drawn {
            if let Some(performance) = browser::window().and_then(|w| w.performance()) {
                let _ = performance.mark("timeline:first-render");
            }
        }
        drawn
    });

    // A guest in an article zooms on the wheel only when the reader asked for the timeline:
    // it has focus, or a modifier key is held. Otherwise the wheel scrolls the article.
    let embedded = use_context::<EmbedOptions>().is_some_and(|options| options.embedded);
    let gestures = Gestures::new(viewer, plot, embedded);
    let wheel_hint = gestures.wheel_hint;
    let on_keydown = move |event: ev::KeyboardEvent| on_key(event, viewer, active, plot);

    let lanes = move || {
        let (tops, _) = geometry.get();
        viewer.chronology.with(|chronology| {
            chronology
                .lanes
                .iter()
                .enumerate()
                .filter_map(|(index, lane)| Some((index, lane, tops[index]?)))
                .map(|(index, lane, top)| {
                    let layout = viewer.layout.get();
                    let height = LANE_GEOMETRY.lane_height(layout.rows_in_lane(index));
                    view! {
                        <div class=format!("lane {}", lane_class(index))
                            style:top=format!("{}px", decimal(top, 1))
                            style:height=format!("{}px", decimal(height, 1))>
                            <div class="lane-label">
                                <LaneBadge index label=lane.label.clone()
                                    lang=data_lang(lane.shown_language()) />
                            </div>
                        </div>
                    }
                })
                .collect_view()
        })
    };

    // The marks with everything that decides their look; pan and zoom reach the marks only
    // through the layer's custom properties (see `timeline_mark`).
    let tab_stop = Memo::new(move |_| {
        let active = active.get();
        marks.with(|marks| {
            marks
                .iter()
                .find(|mark| matches!(mark, Mark::Event { event, .. } if Some(*event) == active))
                .or(marks.first())
                .map(Mark::id)
        })
    });
    let placed = Memo::new(move |_| {
        let selected = viewer.selected.get();
        let (tops, _) = geometry.get();
        let changes = viewer.changes.read_untracked();
        marks.with(|marks| {
            viewer.chronology.with(|chronology| {
                marks
                    .iter()
                    .map(|mark| {
                        let (lane, row) = mark.lane_row();
                        let lane_top = tops.get(lane).copied().flatten().unwrap_or(0.0);
                        let top = LANE_GEOMETRY.row_top(lane_top, row);
                        let identity = match mark {
                            Mark::Event { event, next, .. } => chronology
                                .events
                                .get(*event)
                                .map_or(0, |e| event_identity(e, *next, &changes)),
                            Mark::Cluster {
                                first_event,
                                first,
                                last,
                                end,
                                ..
                            } => chronology.events.get(*first_event).map_or(0, |e| {
                                identity_of(&e.id, &[first.ms(), last.ms(), end.ms()], [false; 4])
                            }),
                        };
                        let (may_be_bar, is_selected) = match mark {
                            Mark::Event { event, .. } => {
                                chronology.events.get(*event).map_or((false, false), |e| {
                                    (
                                        e.end.is_some()
                                            || matches!(
                                                e.start.precision(),
                                                DatePrecision::Year | DatePrecision::Month
                                            ),
                                        selected.as_deref() == Some(e.id.as_str()),
                                    )
                                })
                            }
                            Mark::Cluster { .. } => (false, false),
                        };
                        PlacedMark::new(mark.clone(), top, may_be_bar, is_selected, identity)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let origin = viewer.limits.get_untracked().extent_start;
    let layer = move || viewer.scale.with(|scale| scale.layer_position(origin));
    let on_activate = Callback::new(move |mark: Mark| gestures.activate(&mark, active));

    let visible_range = move || {
        let scale = viewer.scale.get();
        let human = |moment| EventDate::day_of(moment).to_human(&text.calendar);
        format!("{} – {}", human(scale.start()), human(scale.end()))
    };

    view! {
        <section class="timeline" aria-label=text.timeline_label data-testid="timeline">
            <div class="timeline-controls">
                <ZoomControls />
                <p class="visible-range" aria-live="polite" data-testid="visible-range">
                    {visible_range}
                </p>
            </div>
            <div
                class="timeline-plot"
                node_ref=plot
                data-testid="timeline-plot"
                data-start=move || viewer.scale.with(|s| decimal(s.start().ms(), 0))
                data-end=move || viewer.scale.with(|s| decimal(s.end().ms(), 0))
                aria-describedby="timeline-help"
                tabindex=embedded.then_some("-1")
                style:height=move || format!("{}px", decimal(geometry.get().1, 1))
                on:wheel=move |event| gestures.wheel(event)
                on:pointerdown=move |event| gestures.pointer_down(event)
                on:pointermove=move |event| gestures.pointer_move(event)
                on:pointerup=move |event| gestures.pointer_up(event)
                on:pointercancel=move |event| gestures.pointer_up(event)
                on:keydown=on_keydown
            >
                <TimelineAxis height=Signal::derive(move || geometry.get().1) />
                {lanes}
                <div
                    class="marks"
                    style:--view-start=move || decimal(layer().view_start_days, 6)
                    style:--view-end=move || decimal(layer().view_end_days, 6)
                    style:--ppd=move || decimal(layer().px_per_day, 9)
                    style:--label-offset=format!("{}px", decimal(MarkSizes::default().label_offset, 1))
                >
                    <For each=move || placed.get() key=|placed| placed.key let:placed>
                        <TimelineMark placed origin tab_stop active on_activate />
                    </For>
                </div>
            </div>
            <p class="wheel-hint" aria-hidden="true" hidden=move || !wheel_hint.get()>
                {text.wheel_hint}
            </p>
            <p id="timeline-help" class="visually-hidden">{text.timeline_help}</p>
        </section>
    }
}

/// A hash of what an event's mark shows beyond its place: which event, how it stands,
/// whether it is new or corrected in this session, and where the next mark begins (its
/// label's room).
fn event_identity(event: &TimelineEvent, next: Option<Moment>, changes: &SessionChanges) -> u64 {
    let look = [
        matches!(event.standing(), EventStanding::Withdrawn { .. }),
        *event.standing() == EventStanding::Removed,
        changes.is_new(&event.id),
        !changes.corrections_of(&event.id).is_empty(),
    ];
    identity_of(&event.id, &[next.map_or(f64::NAN, Moment::ms)], look)
}

/// A hash of a mark's (first) event, the moments it is drawn from and its look, so that a
/// mark at the same place in the chronology is rebuilt when a live update changed what it
/// shows, and kept when it did not.
fn identity_of(id: &str, moments: &[f64], look: [bool; 4]) -> u64 {
    let mut hasher = DefaultHasher::new();
    id.hash(&mut hasher);
    for moment in moments {
        moment.to_bits().hash(&mut hasher);
    }
    look.hash(&mut hasher);
    hasher.finish()
}

/// Keys when the timeline has focus: arrows between events, Home/End, +/− zoom.
fn on_key(
    event: ev::KeyboardEvent,
    viewer: ViewerState,
    active: RwSignal<Option<usize>>,
    plot: NodeRef<Div>,
) {
    let center = viewer.scale.with_untracked(|s| s.width() / 2.0);
    let shown = viewer.shown.get_untracked();
    let command = viewer
        .chronology
        .with(|chronology| timeline_key(&event.key(), chronology, &shown, active.get_untracked()));
    let target = match command {
        None => return,
        Some(TimelineCommand::Zoom(factor)) => {
            viewer.zoom(factor, center);
            None
        }
        Some(TimelineCommand::Select(target)) => Some(target),
        Some(TimelineCommand::Stay) => None,
    };
    event.prevent_default();
    if let Some(target) = target {
        viewer.show_event(target);
        active.set(Some(target));
        let id = format!("mark-{target}");
        focus_after_frame(move || {
            plot.get_untracked()
                .and_then(|plot| plot.query_selector(&format!("#{id}")).ok().flatten())
        });
    }
}
