//! Thin Leptos views over [`crate::chronology`], one component per file, a folder per screen:
//! `page` (loading, failures, provenance), `viewer` (a loaded chronology's toolbar and
//! filters), `timeline` (the interactive timeline), `reading` (list, cards, sources, detail
//! panel), `briefing` (slides, presenter, handout), `embed` (embed dialog, host page). Shared
//! state is in [`state`]; every user-visible word is in [`crate::strings`].
//!
//! `browser` is the only place that touches the window's and the document's globals: it
//! alone asks for `window` and `document` (views that need them get them from it), reads and
//! writes the page's address, observes an element's size, moves the focus after an animation
//! frame and listens for keys and other events on the window.

mod briefing;
mod browser;
mod embed;
mod page;
mod reading;
pub mod state;
pub use crate::strings;
mod timeline;
mod viewer;

pub use page::app::App;
pub use page::load_failure::LoadFailure;
pub use page::loader::{
    fetch_chronology, FetchFailure, LoadProgress, LoadedChronology, BUNDLED_DATA_URL,
};
pub use page::problem_list::ProblemList;
pub use reading::chronology_list::ChronologyList;
pub use reading::event_card::EventCard;
pub use reading::source_citation::SourceCitation;
pub use viewer::chronology_viewer::ChronologyViewer;
pub use viewer::viewer_parts::ViewerParts;

/// Mounts the app, with every part of the viewer, on the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| {
        leptos::context::provide_context(ViewerParts::all());
        leptos::view! { <App /> }
    });
}

/// Mounts the reader's build on the page's `<body>`: the viewer without presenting, the
/// handout, the embed dialog or the sources index — what an article's embed shows.
pub fn mount_reader() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
