//! The page's `window` and `document`: the one place that asks `web_sys` for them. Both
//! can be missing (a worker, a document being torn down), so both are `Option`s and callers
//! do nothing without them.

/// The page's window, when there is one.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's document, when there is one.
pub fn document() -> Option<web_sys::Document> {
    window().and_then(|window| window.document())
}
