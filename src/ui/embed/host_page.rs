//! The page as a guest: the theme the URL asks for, and the content height posted to the
//! host page that embeds it. Works in `<iframe sandbox="allow-scripts">`: it touches no
//! storage and never reads `top` or the parent's document, only posts to it.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::chronology::{height_messages, EmbedOptions};
use crate::ui::browser;
use crate::ui::browser::size_observer::observe_size;

/// Sets the theme's custom properties and colour scheme on the root element (through the
/// CSSOM, which a strict style-src allows), and marks the page as embedded.
pub fn apply_page_options(options: &EmbedOptions) {
    let Some(root) = browser::document().and_then(|document| document.document_element()) else {
        return;
    };
    if let Some(scheme) = options.theme.scheme {
        let _ = root.set_attribute("data-theme", scheme.as_str());
    }
    if options.embedded {
        let _ = root.set_attribute("data-embed", "");
    }
    if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
        let style = root.style();
        for (name, value) in options.theme.custom_properties() {
            let _ = style.set_property(name, &value);
        }
    }
}

/// Posts the page's content height to the parent window whenever it changes, as Datawrapper,
/// AMP and (given a `childId`) Pym.js messages. Does nothing when the page is not in a frame.
pub fn report_height_to_host(frame_id: Option<String>) {
    let Some(window) = browser::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last_height = Rc::new(Cell::new(0.0));
    let measured_root = root.clone();
    let post = move || {
        let height = measured_root.get_bounding_client_rect().height().ceil();
        if height == last_height.get() {
            return;
        }
        last_height.set(height);
        let messages = height_messages(height, frame_id.as_deref());
        for json in [&messages.datawrapper, &messages.amp] {
            if let Ok(message) = js_sys::JSON::parse(json) {
                let _ = parent.post_message(&message, "*");
            }
        }
        if let Some(pym) = &messages.pym {
            let _ = parent.post_message(&JsValue::from_str(pym), "*");
        }
    };
    // Asked for by the app, which lives as long as the page: so does the observer.
    observe_size(&root, post);
}
