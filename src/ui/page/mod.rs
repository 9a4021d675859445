//! The page: loading the chronology, and what shows before and around it.

pub(crate) mod app;
pub(crate) mod language_menu;
pub(crate) mod load_failure;
pub(crate) mod loader;
pub(crate) mod loading_state;
pub(crate) mod open_file;
pub(crate) mod paste_dialog;
pub(crate) mod problem_list;
pub(crate) mod provenance_line;
