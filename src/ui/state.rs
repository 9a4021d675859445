//! Typed context shared by the views.

use leptos::prelude::*;

use super::strings::{UiText, ENGLISH};

/// The interface language, provided once by the app.
#[derive(Clone, Copy)]
pub struct Locale(pub &'static UiText);

/// The words of the interface in the current language (English when none is provided, as in
/// component tests).
pub fn use_text() -> &'static UiText {
    use_context::<Locale>().map_or(&ENGLISH, |locale| locale.0)
}
