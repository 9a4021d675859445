//! Events on the window, heard while the owner that asked for them lives: keys pressed
//! anywhere (by views that take the whole window, the presentation and the presenter's
//! window), back and forward, printing, full screen.

use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `handler` for every `event` on the window (`ev::keydown`, `ev::popstate`) until the
/// calling owner is cleaned up; then the listener is removed.
pub fn on_window_event<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor + 'static,
    E::EventType: JsCast,
{
    let listener = window_event_listener(event, handler);
    on_cleanup(move || listener.remove());
}

/// [`on_window_event`] for an event Leptos has no type for (`beforeprint`,
/// `fullscreenchange`), by its name.
pub fn on_window_event_untyped(name: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let listener = window_event_listener_untyped(name, handler);
    on_cleanup(move || listener.remove());
}
