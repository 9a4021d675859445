//! Keeps the presentation and the presenter's window on the same slide through a
//! `BroadcastChannel` private to one briefing: its name comes from a random token that the
//! presenting window draws and hands to the presenter's window in its address, and every
//! message carries the chronology's fingerprint. The rules — token, name, messages — are the
//! core's [`BriefingChannel`]; this file only carries messages. Where a channel or random
//! numbers are unavailable — a sandboxed frame, an old browser — each window goes on alone.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::chronology::{
    BriefingChannel, BriefingToken, ChronologyFingerprint, ViewState, MAX_BRIEFING_MESSAGE,
};
use crate::ui::browser;
use crate::ui::browser::url::page_query;
use crate::ui::state::ViewerState;

/// How long a window that draws no frames (hidden, minimised) waits before applying what it
/// received; a visible one applies it at its next frame.
const UNDRAWN_DELAY: Duration = Duration::from_millis(100);

/// A new briefing's token, from the browser's cryptographic random numbers; `None` where
/// there are none (then the windows go on alone).
pub fn new_briefing_token() -> Option<BriefingToken> {
    let crypto = browser::window()?.crypto().ok()?;
    let mut bytes = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(BriefingToken::from_random(bytes))
}

/// The briefing the page's address joins (`briefing=`), when it names a valid token.
pub fn briefing_token_from_page() -> Option<BriefingToken> {
    ViewState::briefing_from_query(&page_query())
}

/// While the calling component lives: announces every change of the selected event to the
/// other windows of the briefing `token`, and selects what they announce. Messages that are
/// not strings, too long, malformed, for another chronology or for an event it does not have
/// are ignored; of a burst, only the latest is applied, once per animation frame. Without a
/// token the window goes on alone.
pub fn follow_slides_across_windows(viewer: ViewerState, token: Option<BriefingToken>) {
    let Some(token) = token else {
        return;
    };
    let data = viewer.data_url.get_value();
    let fingerprint = viewer
        .chronology
        .with_untracked(|chronology| ChronologyFingerprint::of(data.as_deref(), chronology));
    let briefing = BriefingChannel::new(token, fingerprint);
    let Ok(channel) = web_sys::BroadcastChannel::new(&briefing.name()) else {
        return;
    };
    let briefing = StoredValue::new(briefing);
    // What the other window said last and this one selected: not announced back, so two
    // windows never echo each other's older slides while someone pages quickly.
    let received = StoredValue::new(None::<String>);
    // The latest acceptable event id of this frame (the last one wins) and the frame that
    // will select it.
    let latest = StoredValue::new(None::<String>);
    let scheduled = StoredValue::new(None::<(AnimationFrameRequestHandle, Option<TimeoutHandle>)>);

    let apply = move || {
        let Some(Some((frame, timeout))) = scheduled.try_update_value(Option::take) else {
            return;
        };
        frame.cancel();
        if let Some(timeout) = timeout {
            timeout.clear();
        }
        let Some(Some(id)) = latest.try_update_value(Option::take) else {
            return;
        };
        if viewer.selected.get_untracked().as_deref() != Some(id.as_str()) {
            received.set_value(Some(id.clone()));
            viewer.selected.set(Some(id));
        }
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |message: web_sys::MessageEvent| {
            let data = message.data();
            // Measured before it is copied into the module: a huge message costs nothing. (A
            // character is one or two UTF-16 units; the core counts characters exactly.)
            let Some(text) = data.dyn_ref::<js_sys::JsString>() else {
                return;
            };
            if text.length() as usize > 2 * MAX_BRIEFING_MESSAGE {
                return;
            }
            let Some(text) = text.as_string() else {
                return;
            };
            let id = briefing
                .try_with_value(|briefing| {
                    viewer.chronology.try_with_untracked(|chronology| {
                        briefing.receive_event(&text, chronology).map(str::to_owned)
                    })
                })
                .flatten()
                .flatten();
            let Some(id) = id else {
                return;
            };
            latest.try_set_value(Some(id));
            // One selection per frame, whatever the number of messages.
            if scheduled.try_with_value(Option::is_some) != Some(false) {
                return;
            }
            let Ok(frame) = request_animation_frame_with_handle(apply) else {
                return;
            };
            let timeout = set_timeout_with_handle(apply, UNDRAWN_DELAY).ok();
            scheduled.set_value(Some((frame, timeout)));
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let channel = StoredValue::new_local(Some((channel, on_message)));
    Effect::new(move |_| {
        let Some(id) = viewer.selected.get() else {
            return;
        };
        let echo = received.try_update_value(Option::take).flatten();
        if echo.as_ref() == Some(&id) {
            return;
        }
        let Some(message) = briefing.with_value(|briefing| briefing.encode(&id)) else {
            return;
        };
        channel.with_value(|channel| {
            if let Some((channel, _)) = channel {
                let _ = channel.post_message(&JsValue::from_str(&message));
            }
        });
    });
    on_cleanup(move || {
        if let Some(Some((frame, timeout))) = scheduled.try_update_value(Option::take) {
            frame.cancel();
            if let Some(timeout) = timeout {
                timeout.clear();
            }
        }
        if let Some(Some((channel, _))) = channel.try_update_value(Option::take) {
            channel.set_onmessage(None);
            channel.close();
        }
    });
}
