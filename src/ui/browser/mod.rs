//! The browser's globals, in one place: nothing else in `ui` touches `window` or `document`
//! directly. One capability per file, as in leptos-use: [`window()`] and [`document()`]
//! themselves, the page's address and history in [`url`], an element's size in
//! [`size_observer`], the keyboard focus in [`focus`], keys and other events on the window
//! in [`events`], what index.html painted before the app loaded in [`first_paint`], the
//! document tools' worker in [`document_tools`], the reader's languages in [`language`], and whether the page is visible (and waiting) in
//! [`visibility`].

pub mod document_tools;
pub mod download;
pub mod events;
pub mod first_paint;
pub mod focus;
pub mod language;
pub mod reading_place;
pub mod size_observer;
pub mod url;
pub mod visibility;
mod window;

pub use window::{document, window};
