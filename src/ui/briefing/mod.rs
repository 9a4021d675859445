//! Briefing a room: slides, the presenter's window, the overview strip and the printed handout.

pub(crate) mod briefing_controls;
pub(crate) mod fullscreen;
pub(crate) mod handout_header;
pub(crate) mod overview_strip;
pub(crate) mod presenter_view;
pub(crate) mod slide;
pub(crate) mod slide_channel;
pub(crate) mod slide_show;
