//! Reading and writing the page URL's query (the outside world of the URL state).

use crate::timeline::{EmbedOptions, ViewState};

/// The page URL's query, `?` included (empty when there is none).
fn page_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The view state the page's URL asks for.
pub fn view_state_from_page() -> ViewState {
    ViewState::from_query(&page_query())
}

/// The embed mode and theme the page's URL asks for.
pub fn embed_options_from_page() -> EmbedOptions {
    EmbedOptions::from_query(&page_query())
}

/// The page's address without query or fragment: where the viewer itself lives.
pub fn page_address() -> String {
    web_sys::window()
        .map(|window| {
            let location = window.location();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
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
