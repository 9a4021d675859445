//! The browser's globals, in one place: nothing else in `ui` touches `window` or `document`
//! directly. One capability per file, as in leptos-use: [`window()`] and [`document()`]
//! themselves, the page's address and history in [`url`], an element's size in
//! [`size_observer`], the keyboard focus in [`focus`], and keys and other events on the
//! window in [`events`].

pub mod events;
pub mod focus;
pub mod size_observer;
pub mod url;
mod window;

pub use window::{document, window};
