//! The keyboard focus: where it is, and moving it once the page has drawn what just changed
//! (a mark rebuilt, a panel shown), which is when the element to focus exists.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

use crate::ui::browser::document;

/// When and how [`focus_after_frame_with_options`] focuses.
#[derive(Clone, Copy, Debug)]
pub struct FocusAfterFrameOptions {
    /// How many animation frames to wait, at least one. A second frame lets what the first
    /// one set off (a resize observer measuring, marks redrawn for a new width) finish.
    pub frames: u8,
    /// Focuses without scrolling the element into view.
    pub prevent_scroll: bool,
}

impl Default for FocusAfterFrameOptions {
    /// After the next frame, scrolling the element into view as focusing does.
    fn default() -> Self {
        FocusAfterFrameOptions {
            frames: 1,
            prevent_scroll: false,
        }
    }
}

/// Focuses the element that `target` finds after the next animation frame. `target` runs
/// then, not now, so it finds the element as drawn; when it finds none, or one that is not
/// an HTML element, the focus stays where it is.
pub fn focus_after_frame(target: impl FnOnce() -> Option<web_sys::Element> + 'static) {
    focus_after_frame_with_options(target, FocusAfterFrameOptions::default());
}

/// [`focus_after_frame`], waiting `options.frames` frames and scrolling or not.
pub fn focus_after_frame_with_options(
    target: impl FnOnce() -> Option<web_sys::Element> + 'static,
    options: FocusAfterFrameOptions,
) {
    after_frames(
        options.frames,
        Box::new(move || {
            let Some(element) = target().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            if options.prevent_scroll {
                let focus_options = web_sys::FocusOptions::new();
                focus_options.set_prevent_scroll(true);
                let _ = element.focus_with_options(&focus_options);
            } else {
                let _ = element.focus();
            }
        }),
    );
}

/// Runs `then` after `frames` animation frames (one when `frames` is 0 or 1).
fn after_frames(frames: u8, then: Box<dyn FnOnce()>) {
    request_animation_frame(move || {
        if frames > 1 {
            after_frames(frames - 1, then);
        } else {
            then();
        }
    });
}

/// The element that has the keyboard focus, when the page has one.
pub fn active_element() -> Option<web_sys::Element> {
    document()?.active_element()
}
