//! The interactive timeline: lanes of events on a time axis, zoomed and panned by wheel,
//! drag, pinch, buttons and keys, with one tab stop for the events (roving focus).

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use crate::timeline::{
    timeline_key, DatePrecision, EmbedOptions, EventDate, Mark, MarkSizes, TimeScale,
    TimelineCommand,
};
use crate::ui::reading::lane_badge::{LaneBadge, LANE_STYLES};
use crate::ui::state::{use_text, use_viewer, ViewerState};
use crate::ui::timeline::timeline_axis::TimelineAxis;
use crate::ui::timeline::timeline_mark::{view_properties, PlacedMark, TimelineMark};
use crate::ui::timeline::zoom_controls::ZoomControls;

/// Height of the axis labels band.
const AXIS_HEIGHT: f64 = 28.0;
/// Height of a lane's label band, above its rows.
pub(crate) const LANE_LABEL_HEIGHT: f64 = 22.0;
/// Height of one row of marks.
pub(crate) const ROW_HEIGHT: f64 = 30.0;
/// Space below a lane's last row.
const LANE_PADDING: f64 = 6.0;
/// Movement in pixels before a press becomes a drag (and no longer a click).
const DRAG_THRESHOLD: f64 = 4.0;
/// How long the "click or hold Ctrl to zoom" hint stays up in an embed.
const WHEEL_HINT_MS: u64 = 1800;

/// Where each lane starts vertically (`None` for lanes the filter hides, which take no
/// room), and the plot's total height.
fn lane_tops(viewer: &ViewerState) -> (Vec<Option<f64>>, f64) {
    let layout = viewer.layout.get();
    let hidden = viewer.chronology.with_value(|c| {
        viewer.filter.with(|filter| {
            c.lanes
                .iter()
                .map(|lane| filter.hidden_lanes.contains(&lane.id))
                .collect::<Vec<_>>()
        })
    });
    let mut tops = Vec::with_capacity(hidden.len());
    let mut y = AXIS_HEIGHT;
    for (lane, hidden) in hidden.into_iter().enumerate() {
        if hidden {
            tops.push(None);
            continue;
        }
        tops.push(Some(y));
        y += LANE_LABEL_HEIGHT + layout.rows_in_lane(lane) as f64 * ROW_HEIGHT + LANE_PADDING;
    }
    (tops, y)
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
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    Effect::new(move |_| {
        if let Some(element) = plot.get() {
            let on_resize = Closure::<dyn FnMut()>::new(measure);
            if let Ok(resize_observer) =
                web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
            {
                resize_observer.observe(&element);
                observer.set_value(Some((resize_observer, on_resize)));
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some((resize_observer, _))) = observer.try_update_value(Option::take) {
            resize_observer.disconnect();
        }
    });
    Effect::new(move |_| {
        if plot.get().is_some() {
            measure();
            // A link to one event opens with that event in view.
            let linked = viewer
                .selected
                .get_untracked()
                .and_then(|id| viewer.chronology.with_value(|c| c.event_index(&id)));
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
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
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
        viewer.chronology.with_value(|chronology| {
            chronology
                .lanes
                .iter()
                .enumerate()
                .filter_map(|(index, lane)| Some((index, lane, tops[index]?)))
                .map(|(index, lane, top)| {
                    let layout = viewer.layout.get();
                    let height = LANE_LABEL_HEIGHT
                        + layout.rows_in_lane(index) as f64 * ROW_HEIGHT
                        + LANE_PADDING;
                    view! {
                        <div class=format!("lane lane-{}", index % LANE_STYLES)
                            style:top=format!("{top}px")
                            style:height=format!("{height}px")>
                            <div class="lane-label">
                                <LaneBadge index label=lane.label.clone() />
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
                .map(Mark::key)
        })
    });
    let placed = Memo::new(move |_| {
        let selected = viewer.selected.get();
        let (tops, _) = geometry.get();
        marks.with(|marks| {
            viewer.chronology.with_value(|chronology| {
                marks
                    .iter()
                    .map(|mark| {
                        let (lane, row) = mark.lane_row();
                        let top = tops.get(lane).copied().flatten().unwrap_or(0.0)
                            + LANE_LABEL_HEIGHT
                            + row as f64 * ROW_HEIGHT;
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
                        PlacedMark::new(mark.clone(), top, may_be_bar, is_selected)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let origin_ms = viewer.limits.extent_start;
    let layer = move || viewer.scale.with(|scale| view_properties(origin_ms, scale));
    let on_activate = Callback::new(move |mark: Mark| gestures.activate(&mark, active));

    let visible_range = move || {
        let scale = viewer.scale.get();
        let human = |ms: f64| {
            let days = (ms / 86_400_000.0).floor() as i64;
            EventDate::from_days(days).to_human(&text.months)
        };
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
                data-start=move || viewer.scale.with(|s| s.start().to_string())
                data-end=move || viewer.scale.with(|s| s.end().to_string())
                aria-describedby="timeline-help"
                tabindex=embedded.then_some("-1")
                style:height=move || format!("{}px", geometry.get().1)
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
                    style:--view-start=move || layer().0
                    style:--view-end=move || layer().1
                    style:--ppd=move || layer().2
                >
                    <For each=move || placed.get() key=|placed| placed.key let:placed>
                        <TimelineMark placed origin_ms tab_stop active on_activate />
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

/// Wheel, drag and pinch on the plot.
#[derive(Clone, Copy)]
struct Gestures {
    viewer: ViewerState,
    plot: NodeRef<Div>,
    /// Pointers down: id and x.
    pointers: StoredValue<Vec<(i32, f64)>>,
    /// Where a one-pointer press started, and the scale then.
    press: StoredValue<Option<(f64, TimeScale)>>,
    /// Pointer distance and scale when a pinch started.
    pinch: StoredValue<Option<(f64, TimeScale)>>,
    /// Set once a press moved far enough to be a drag; the click after it is ignored.
    dragged: StoredValue<bool>,
    /// Embedded: the wheel zooms only with focus or a modifier key.
    embedded: bool,
    /// Whether the hint saying so is shown, and which showing of it is current.
    wheel_hint: RwSignal<bool>,
    hint_generation: StoredValue<u32>,
}

impl Gestures {
    fn new(viewer: ViewerState, plot: NodeRef<Div>, embedded: bool) -> Gestures {
        Gestures {
            viewer,
            plot,
            pointers: StoredValue::new(Vec::new()),
            press: StoredValue::new(None),
            pinch: StoredValue::new(None),
            dragged: StoredValue::new(false),
            embedded,
            wheel_hint: RwSignal::new(false),
            hint_generation: StoredValue::new(0),
        }
    }

    /// Whether the focus is on the plot or on something in it.
    fn plot_has_focus(&self) -> bool {
        let active = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.active_element());
        self.plot
            .get_untracked()
            .is_some_and(|plot| plot.contains(active.as_ref().map(|a| a.unchecked_ref())))
    }

    /// Shows the hint for a moment.
    fn show_wheel_hint(&self) {
        self.hint_generation
            .update_value(|n| *n = n.wrapping_add(1));
        let generation = self.hint_generation.get_value();
        let (hint, hint_generation) = (self.wheel_hint, self.hint_generation);
        hint.set(true);
        set_timeout(
            move || {
                if hint_generation.try_get_value() == Some(generation) {
                    hint.set(false);
                }
            },
            std::time::Duration::from_millis(WHEEL_HINT_MS),
        );
    }

    fn x_in_plot(&self, client_x: f64) -> f64 {
        self.plot.get_untracked().map_or(client_x, |element| {
            client_x - element.get_bounding_client_rect().left()
        })
    }

    fn wheel(&self, event: ev::WheelEvent) {
        if self.embedded && !event.ctrl_key() && !event.meta_key() && !self.plot_has_focus() {
            // Not ours: the page scrolls.
            self.show_wheel_hint();
            return;
        }
        event.prevent_default();
        let x = self.x_in_plot(f64::from(event.client_x()));
        let unit = if event.delta_mode() == 1 { 30.0 } else { 1.0 };
        let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
        if dx.abs() > dy.abs() {
            self.viewer.pan(dx);
        } else {
            self.viewer.zoom((-dy * 0.002).exp(), x);
        }
    }

    fn pointer_down(&self, event: ev::PointerEvent) {
        if event.pointer_type() == "mouse" && event.button() != 0 {
            return;
        }
        let x = self.x_in_plot(f64::from(event.client_x()));
        let scale = self.viewer.scale.get_untracked();
        self.pointers.update_value(|pointers| {
            pointers.retain(|(id, _)| *id != event.pointer_id());
            pointers.push((event.pointer_id(), x));
        });
        self.dragged.set_value(false);
        match self.pointers.with_value(Vec::len) {
            1 => self.press.set_value(Some((x, scale))),
            2 => {
                let distance = self.pointer_spread();
                self.pinch.set_value(Some((distance, scale)));
                self.press.set_value(None);
            }
            _ => {}
        }
    }

    fn pointer_spread(&self) -> f64 {
        self.pointers
            .with_value(|pointers| match pointers.as_slice() {
                [(_, a), (_, b), ..] => (a - b).abs().max(1.0),
                _ => 1.0,
            })
    }

    fn pointer_move(&self, event: ev::PointerEvent) {
        let x = self.x_in_plot(f64::from(event.client_x()));
        self.pointers.update_value(|pointers| {
            for pointer in pointers.iter_mut() {
                if pointer.0 == event.pointer_id() {
                    pointer.1 = x;
                }
            }
        });
        let limits = self.viewer.limits;
        if let Some((distance, start_scale)) = self.pinch.get_value() {
            let center = self
                .pointers
                .with_value(|p| p.iter().take(2).map(|(_, x)| x).sum::<f64>() / 2.0);
            let factor = self.pointer_spread() / distance;
            self.dragged.set_value(true);
            self.viewer
                .scale
                .set(start_scale.zoomed(factor, center, &limits));
        } else if let Some((start_x, start_scale)) = self.press.get_value() {
            let dx = x - start_x;
            if !self.dragged.get_value() && dx.abs() < DRAG_THRESHOLD {
                return;
            }
            if !self.dragged.get_value() {
                self.dragged.set_value(true);
                if let Some(element) = self.plot.get_untracked() {
                    let _ = element.set_pointer_capture(event.pointer_id());
                }
            }
            self.viewer.scale.set(start_scale.panned(-dx, &limits));
        }
    }

    fn pointer_up(&self, event: ev::PointerEvent) {
        self.pointers
            .update_value(|pointers| pointers.retain(|(id, _)| *id != event.pointer_id()));
        if self.pointers.with_value(Vec::is_empty) {
            self.press.set_value(None);
            self.pinch.set_value(None);
        } else {
            // One finger left after a pinch: continue as a drag from here.
            self.pinch.set_value(None);
            let x = self.pointers.with_value(|p| p[0].1);
            self.press
                .set_value(Some((x, self.viewer.scale.get_untracked())));
        }
    }

    /// A click or Enter on a mark: open the event, or zoom into the cluster.
    fn activate(&self, mark: &Mark, active: RwSignal<Option<usize>>) {
        if self.dragged.get_value() {
            self.dragged.set_value(false);
            return;
        }
        match *mark {
            Mark::Event { event, .. } => {
                active.set(Some(event));
                let id = self
                    .viewer
                    .chronology
                    .with_value(|c| c.events.get(event).map(|e| e.id.clone()));
                self.viewer.selected.set(id);
            }
            Mark::Cluster {
                first_ms,
                last_ms,
                first_event,
                ..
            } => {
                let span = (last_ms - first_ms).max(86_400_000.0);
                let margin = span * 0.15;
                let limits = self.viewer.limits;
                self.viewer.scale.update(|scale| {
                    *scale = scale.showing(
                        first_ms - margin,
                        last_ms + span.min(86_400_000.0) + margin,
                        &limits,
                    )
                });
                active.set(Some(first_event));
            }
        }
    }
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
    let command = viewer.chronology.with_value(|chronology| {
        timeline_key(&event.key(), chronology, &shown, active.get_untracked())
    });
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
        request_animation_frame(move || {
            let element = plot
                .get_untracked()
                .and_then(|plot| plot.query_selector(&format!("#{id}")).ok().flatten());
            if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        });
    }
}
