//! Wheel, drag and pinch on the timeline's plot, turned into zooming and panning; apart from
//! drawing, as vis-timeline keeps its range controller apart from its item set.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::chronology::{cluster_zoom_span, Mark, TimeScale};
use crate::ui::browser::focus::active_element;
use crate::ui::state::ViewerState;

/// Movement in pixels before a press becomes a drag (and no longer a click).
const DRAG_THRESHOLD: f64 = 4.0;
/// How long the "click or hold Ctrl to zoom" hint stays up in an embed.
const WHEEL_HINT_MS: u64 = 1800;

/// Wheel, drag and pinch on the plot.
#[derive(Clone, Copy)]
pub(crate) struct Gestures {
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
    pub(crate) wheel_hint: RwSignal<bool>,
    hint_generation: StoredValue<u32>,
}

impl Gestures {
    pub(crate) fn new(viewer: ViewerState, plot: NodeRef<Div>, embedded: bool) -> Gestures {
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
    pub(crate) fn plot_has_focus(&self) -> bool {
        let active = active_element();
        self.plot
            .get_untracked()
            .is_some_and(|plot| plot.contains(active.as_ref().map(|a| a.unchecked_ref())))
    }

    /// Shows the hint for a moment.
    pub(crate) fn show_wheel_hint(&self) {
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

    pub(crate) fn x_in_plot(&self, client_x: f64) -> f64 {
        self.plot.get_untracked().map_or(client_x, |element| {
            client_x - element.get_bounding_client_rect().left()
        })
    }

    pub(crate) fn wheel(&self, event: ev::WheelEvent) {
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

    pub(crate) fn pointer_down(&self, event: ev::PointerEvent) {
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

    pub(crate) fn pointer_spread(&self) -> f64 {
        self.pointers
            .with_value(|pointers| match pointers.as_slice() {
                [(_, a), (_, b), ..] => (a - b).abs().max(1.0),
                _ => 1.0,
            })
    }

    pub(crate) fn pointer_move(&self, event: ev::PointerEvent) {
        let x = self.x_in_plot(f64::from(event.client_x()));
        self.pointers.update_value(|pointers| {
            for pointer in pointers.iter_mut() {
                if pointer.0 == event.pointer_id() {
                    pointer.1 = x;
                }
            }
        });
        let limits = self.viewer.limits.get_untracked();
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

    pub(crate) fn pointer_up(&self, event: ev::PointerEvent) {
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
    pub(crate) fn activate(&self, mark: &Mark, active: RwSignal<Option<usize>>) {
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
                    .with_untracked(|c| c.events.get(event).map(|e| e.id.clone()));
                self.viewer.selected.set(id);
            }
            Mark::Cluster {
                first,
                last,
                first_event,
                ..
            } => {
                let (start, end) = cluster_zoom_span(first, last);
                let limits = self.viewer.limits.get_untracked();
                self.viewer
                    .scale
                    .update(|scale| *scale = scale.showing(start, end, &limits));
                active.set(Some(first_event));
            }
        }
    }
}
