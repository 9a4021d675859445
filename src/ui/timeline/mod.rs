//! The interactive timeline: lanes, axis, marks and zoom controls.

pub(crate) mod gestures;
pub(crate) mod timeline_axis;
pub(crate) mod timeline_mark;
pub(crate) mod timeline_view;
pub(crate) mod zoom_controls;
