//! Reading events and their sources: the list, cards, citations, the sources index, the detail panel.

pub(crate) mod chronology_list;
pub(crate) mod copy_button;
pub(crate) mod detail_panel;
pub(crate) mod event_card;
pub(crate) mod event_media;
pub(crate) mod event_status;
pub(crate) mod lane_badge;
pub(crate) mod source_citation;
pub(crate) mod sources_index;
