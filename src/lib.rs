//! Chronoline: a timeline viewer for cited conflict chronologies.
//!
//! Layering: [`timeline`] is the pure core (no web crates, tested natively); `ui` holds thin
//! Leptos views that call the core and exist only in the WebAssembly build.

pub mod import;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod ui;
