//! Reading and writing the page URL's query (the outside world of the URL state), and the
//! settings the deployment writes into the page's `<meta>` elements.

use crate::chronology::{page_folder, DataPolicy, EmbedOptions, ViewState};
use crate::ui::browser::{document, window};

/// The page URL's query, `?` included (empty when there is none).
pub fn page_query() -> String {
    window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// Opens this page again at `query` (a new history entry), as following a link would.
pub fn open_query(query: &str) {
    if let Some(window) = window() {
        let _ = window.location().set_search(query);
    }
}

/// The view state the page's URL asks for.
pub fn view_state_from_page() -> ViewState {
    ViewState::from_query(&page_query())
}

/// The embed mode and theme the page's URL asks for.
pub fn embed_options_from_page() -> EmbedOptions {
    EmbedOptions::from_query(&page_query())
}

/// The app's address: the page's folder, without query or fragment. Permalinks, the full
/// view of an embed and the embed code all lead there, also from the reader's page
/// (`embed.html`) beside it.
pub fn app_address() -> String {
    window()
        .map(|window| {
            let location = window.location();
            let path = location.pathname().unwrap_or_default();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                page_folder(&path)
            )
        })
        .unwrap_or_default()
}

/// The page's whole address (in a sandboxed frame too, where its origin reads "null").
pub fn page_href() -> String {
    window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// The content of `<meta name="…">` in the page, when it has one.
fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
}

/// Which data addresses the deployment allows, and its limits, as its `index.html` says in
/// `<meta name="chronoline:data-origins">`, `…:data-timeout-seconds` and
/// `…:data-max-megabytes`; with the entries it could not use.
pub fn data_policy_from_page() -> (DataPolicy, Vec<String>) {
    DataPolicy::from_settings(
        meta_content("chronoline:data-origins").as_deref(),
        meta_content("chronoline:data-timeout-seconds").as_deref(),
        meta_content("chronoline:data-max-megabytes").as_deref(),
    )
}

/// Writes `state` into the URL: a new history entry when `new_entry`, otherwise in place.
/// Does nothing when the URL already says it (or when history is unavailable, as in some
/// sandboxed frames).
pub fn write_view_state(state: &ViewState, new_entry: bool) {
    let Some(window) = window() else {
        return;
    };
    let location = window.location();
    let current = location.search().unwrap_or_default();
    // A presenter's window keeps the briefing it joined across its own URL updates.
    let query = match ViewState::briefing_from_query(&current) {
        Some(token) => state.to_query_with_briefing(&token),
        None => state.to_query(),
    };
    if current == query {
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
