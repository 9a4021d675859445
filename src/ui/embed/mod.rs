//! Embedding in an article: the embed dialog and talking to the host page.

pub(crate) mod embed_dialog;
pub(crate) mod host_page;
