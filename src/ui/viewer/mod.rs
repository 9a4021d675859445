//! A loaded chronology's screen: the toolbar, the filters and the choice of view.

pub(crate) mod chronology_viewer;
pub(crate) mod file_menu;
pub(crate) mod filter_bar;
pub(crate) mod live_feed;
pub(crate) mod live_notice;
pub(crate) mod view_toggle;
pub(crate) mod viewer_parts;
