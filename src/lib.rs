//! Chronoline: a timeline viewer for cited conflict chronologies.
//!
//! Layering: [`chronology`] is the pure core — the model, reading and validation, the time
//! axis and the layout, addresses and URL state — with no web crates, tested natively.
//! [`import`] turns other formats into event-format documents for the core's one validator;
//! [`export`] writes a chronology out in other formats. [`strings`] holds every word the
//! interface says, in English, Ukrainian and Russian.
//! `ui` holds thin Leptos views that call the core and exist only in the WebAssembly build;
//! `ui::timeline` is the timeline widget.

pub mod chronology;
pub mod export;
pub mod import;
pub mod strings;

#[cfg(target_arch = "wasm32")]
pub mod ui;
