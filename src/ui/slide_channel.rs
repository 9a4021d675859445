//! Keeps the presentation and the presenter's window on the same slide through a
//! `BroadcastChannel` (same origin only). Where it is unavailable — a sandboxed frame, an old
//! browser — each window simply goes on alone.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::state::ViewerState;

/// The channel's name, shared by every window of the viewer on this origin.
const CHANNEL_NAME: &str = "chronoline-briefing";

/// While the calling component lives: announces every change of the selected event to the
/// other windows, and selects what they announce.
pub fn follow_slides_across_windows(viewer: ViewerState) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL_NAME) else {
        return;
    };
    // What the other window said last: not announced back, so two windows never echo each
    // other's older slides while someone pages quickly.
    let received = StoredValue::new(None::<String>);
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |message: web_sys::MessageEvent| {
            if let Some(id) = message.data().as_string() {
                received.set_value(Some(id.clone()));
                if viewer.selected.get_untracked().as_deref() != Some(id.as_str()) {
                    viewer.selected.set(Some(id));
                }
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let channel = StoredValue::new_local(Some((channel, on_message)));
    Effect::new(move |_| {
        let Some(id) = viewer.selected.get() else {
            return;
        };
        if received.with_value(|received| received.as_ref() == Some(&id)) {
            received.set_value(None);
        } else {
            channel.with_value(|channel| {
                if let Some((channel, _)) = channel {
                    let _ = channel.post_message(&JsValue::from_str(&id));
                }
            });
        }
    });
    on_cleanup(move || {
        if let Some(Some((channel, _))) = channel.try_update_value(Option::take) {
            channel.close();
        }
    });
}
