//! Reading and writing the page URL's query (the outside world of the URL state).

use crate::timeline::ViewState;

/// The view state the page's URL asks for.
pub fn view_state_from_page() -> ViewState {
    let query = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    ViewState::from_query(&query)
}

/// Writes `state` into the URL: a new history entry when `new_entry`, otherwise in place.
/// Does nothing when the URL already says it (or when history is unavailable, as in some
/// sandboxed frames).
pub fn write_view_state(state: &ViewState, new_entry: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let query = state.to_query();
    if location.search().ok().as_deref().unwrap_or("") == query {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    let Ok(history) = window.history() else {
        return;
    };
    let _ = if new_entry {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}
