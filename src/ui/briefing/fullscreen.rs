//! The Fullscreen API, with its refusals handled: a presentation asks for full screen and
//! fills the window when the browser (or a frame without `allow="fullscreen"`) says no.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::browser;

/// Calls the promise-returning method `name` on `target` and waits for it; `false` when the
/// method is missing, throws or its promise is rejected.
async fn call_promise(target: &wasm_bindgen::JsValue, name: &str) -> bool {
    let Ok(method) = js_sys::Reflect::get(target, &name.into()) else {
        return false;
    };
    let Some(method) = method.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    match method.call0(target) {
        Ok(result) => match result.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => true,
        },
        Err(_) => false,
    }
}

/// Whether something on the page is full screen.
pub fn is_fullscreen() -> bool {
    browser::document().is_some_and(|document| document.fullscreen_element().is_some())
}

/// Asks for the whole page full screen; resolves to whether the browser agreed.
pub async fn enter_fullscreen() -> bool {
    let Some(root) = browser::document().and_then(|document| document.document_element()) else {
        return false;
    };
    call_promise(&root, "requestFullscreen").await
}

/// Leaves full screen, if the page is.
pub async fn exit_fullscreen() {
    if let Some(document) = browser::document().filter(|_| is_fullscreen()) {
        call_promise(&document, "exitFullscreen").await;
    }
}
