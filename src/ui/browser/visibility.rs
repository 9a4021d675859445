//! Whether the reader can see the page: a hidden tab does no background work (live updates
//! wait until it is visible again).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::browser::document;

/// Whether the page is hidden (another tab in front, a minimised window).
pub fn page_hidden() -> bool {
    document().is_some_and(|document| document.hidden())
}

/// Returns once the page is visible: at once when it is, else at the next change of
/// visibility that shows it.
pub async fn until_visible() {
    while page_hidden() {
        let Some(document) = document() else {
            return;
        };
        let changed = js_sys::Promise::new(&mut |resolve, _| {
            let once = Closure::once_into_js(move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            });
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
                "visibilitychange",
                once.unchecked_ref(),
                &options,
            );
        });
        let _ = JsFuture::from(changed).await;
    }
}

/// Returns after `milliseconds`.
pub async fn sleep(milliseconds: u32) {
    let elapsed = js_sys::Promise::new(&mut |resolve, _| {
        let done = crate::ui::browser::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    &resolve,
                    i32::try_from(milliseconds).unwrap_or(i32::MAX),
                )
                .ok()
        });
        if done.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(elapsed).await;
}
