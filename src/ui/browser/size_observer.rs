//! Watching an element's size, as leptos-use's `use_resize_observer`: one `ResizeObserver`
//! that lives as long as the reactive owner that asked for it.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_resize` when `element` is first observed and whenever its size changes, until
/// the calling owner (a component, or the effect that found the element) is cleaned up;
/// then the observer disconnects. The callback measures what it needs itself (a width, a
/// rounded height): sizes are read from the element, not from the observer's entries. Does
/// nothing where the browser has no `ResizeObserver`.
pub fn observe_size(element: &web_sys::Element, on_resize: impl FnMut() + 'static) {
    let on_resize = Closure::<dyn FnMut()>::new(on_resize);
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(element);
    // The callback stays alive with the observer; both go at cleanup.
    let observing = StoredValue::new_local(Some((observer, on_resize)));
    on_cleanup(move || {
        if let Some(Some((observer, _))) = observing.try_update_value(Option::take) {
            observer.disconnect();
        }
    });
}

/// The width of `element`'s content box — its client width less its padding — in CSS
/// pixels: the width a child that fills it gets.
pub fn content_width(element: &web_sys::Element) -> Option<f64> {
    let style = super::window()?.get_computed_style(element).ok()??;
    let padding = |side: &str| {
        style
            .get_property_value(side)
            .ok()
            .and_then(|value| css_pixels(&value))
            .unwrap_or(0.0)
    };
    Some(f64::from(element.client_width()) - padding("padding-left") - padding("padding-right"))
}

/// A computed length such as `16px` or `7.5px`, read to the hundredth of a pixel with
/// integers: `str::parse::<f64>` would bring the float parser into the wasm (about 20 KB).
fn css_pixels(value: &str) -> Option<f64> {
    let number = value.trim().strip_suffix("px")?;
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let hundredths = fraction
        .bytes()
        .chain(*b"00")
        .take(2)
        .try_fold(0u32, |n, digit| {
            digit
                .is_ascii_digit()
                .then(|| n * 10 + u32::from(digit - b'0'))
        })?;
    Some(f64::from(whole.parse::<u32>().ok()?) + f64::from(hundredths) / 100.0)
}
