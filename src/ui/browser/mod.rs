//! The browser's globals, in one place: nothing else in `ui` touches `window` or `document`
//! directly. One capability per file, as in leptos-use: [`window()`] and [`document()`]
//! themselves, the page's address and history in [`url`], an element's size in
//! [`size_observer`], the keyboard focus in [`focus`], keys and other events on the window
//! in [`events`], what index.html painted before the app loaded in [`first_paint`], the
//! document tools' worker in [`document_tools`], and the reader's languages in [`language`].

pub mod document_tools;
pub mod download;
pub mod events;
pub mod first_paint;
pub mod focus;
pub mod language;
pub mod size_observer;
pub mod url;
mod window;

pub use window::{document, window};
