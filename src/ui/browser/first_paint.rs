//! The page's first paint: what index.html shows before the app has loaded (`#first-paint`,
//! written by the build, see `scripts/first-paint.mjs`) — the bundled chronology's title and
//! description and placeholders drawn with the viewer's own classes. The app reads the title
//! from it and takes it over as its first views are mounted, so no frame shows both or
//! neither, and nothing on screen moves.

use wasm_bindgen::JsCast;

use crate::ui::browser::document;

/// The first paint's element.
const FIRST_PAINT: &str = "first-paint";

/// The bundled chronology's title as the first paint shows it, while there is one. (The
/// page shows it only for the bundled chronology: ask only when that is what loads.)
pub fn bundled_title() -> Option<String> {
    let page = document()?;
    let painted = page.get_element_by_id(FIRST_PAINT)?;
    // A title in several languages is painted once per language; the one shown is the
    // reader's (data-first-paint-lang, set by the head script) or else the document's.
    let language = page
        .document_element()
        .and_then(|root| root.get_attribute("data-first-paint-lang"))
        .filter(|tag| tag.bytes().all(|byte| byte.is_ascii_lowercase()));
    let shown = language
        .map(|tag| format!(".first-paint-bundled[data-text-lang=\"{tag}\"]"))
        .into_iter()
        .chain([
            ".first-paint-bundled[data-text-default]".to_owned(),
            ".first-paint-bundled".to_owned(),
        ])
        .find_map(|selector| painted.query_selector(&selector).ok().flatten())?;
    shown
        .text_content()
        .filter(|title| !title.trim().is_empty())
}

/// Takes over the first paint: the placeholders below the title go into `loading_view` (the
/// app's loading view, ahead of its message, which moves into the timeline's placeholder
/// when that is on screen), where they stay until the chronology is drawn in their place;
/// the rest goes, as the app's own header stands where its header was. Without a loading
/// view (the chronology came first) it all goes. Called as the app's first views are
/// mounted, in the task that mounts the app, so no frame shows both or neither; does
/// nothing once done.
pub fn hand_over(loading_view: Option<&web_sys::Element>) {
    let Some(first_paint) = document().and_then(|document| document.get_element_by_id(FIRST_PAINT))
    else {
        return;
    };
    let content = first_paint
        .query_selector(".first-paint-content")
        .ok()
        .flatten();
    if let (Some(content), Some(loading)) = (content, loading_view) {
        // Asked while the first paint is still on screen (the loading view may not be yet):
        // no offset parent, not displayed, as when the address asks for another view.
        // The outline is painted once per interface language; the reader's is the one shown.
        let plots = content.query_selector_all(".first-paint-plot").ok();
        let plot = plots.and_then(|plots| {
            (0..plots.length())
                .filter_map(|index| plots.item(index))
                .filter_map(|plot| plot.dyn_into::<web_sys::HtmlElement>().ok())
                .find(|plot| plot.offset_parent().is_some())
        });
        let message = loading.first_element_child();
        let before: Option<&web_sys::Node> = message.as_ref().map(|message| message.as_ref());
        if loading.insert_before(&content, before).is_ok() {
            if let (Some(plot), Some(message)) = (plot, message) {
                let _ = plot.insert_before(&message, plot.first_child().as_ref());
            }
        }
    }
    first_paint.remove();
}
