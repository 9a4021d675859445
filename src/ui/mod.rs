//! Thin Leptos views over [`crate::timeline`]: one component per file, shared state in
//! [`state`], every user-visible word in [`strings`].

mod app;
mod briefing_controls;
mod browser_url;
mod chronology_list;
mod copy_button;
mod detail_panel;
mod embed_dialog;
mod event_card;
mod filter_bar;
mod fullscreen;
mod handout_header;
mod host_page;
mod lane_badge;
mod load_failure;
mod loader;
mod loading_state;
mod overview_strip;
mod presenter_view;
mod problem_list;
mod provenance_line;
mod slide;
mod slide_channel;
mod slide_show;
mod source_citation;
mod sources_index;
pub mod state;
pub mod strings;
mod timeline_axis;
mod timeline_mark;
mod timeline_view;
mod view_toggle;
mod viewer;
mod zoom_controls;

pub use app::App;
pub use chronology_list::ChronologyList;
pub use event_card::EventCard;
pub use load_failure::LoadFailure;
pub use loader::{
    fetch_chronology, FetchFailure, LoadProgress, LoadedChronology, BUNDLED_DATA_URL,
};
pub use problem_list::ProblemList;
pub use source_citation::SourceCitation;
pub use viewer::ChronologyViewer;

/// Mounts the viewer on the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
