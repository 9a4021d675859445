//! The document tools' worker (`chronoline-tools`, see `src/bin/document_tools.rs`): started
//! when an editor opens a file or exports, given one request, and ended when it answers or
//! after a time limit. The build names its script in a `<meta name="chronoline:document-tools">`; a page
//! without it (the reader's) cannot convert files.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{document, window};
use crate::ui::strings::UiText;

/// How long one request may take before the worker is stopped (ms).
const TOOLS_TIMEOUT_MS: i32 = 120_000;

/// Why the document tools gave no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToolsFailure {
    /// This page has no document tools (the reader's page).
    Unavailable,
    /// The worker could not be started.
    CouldNotStart,
    /// The worker failed, in its own words.
    Failed(String),
    /// The worker took longer than this many seconds.
    TimedOut(u32),
    /// The worker's answer cannot be read.
    NoAnswer,
}

impl ToolsFailure {
    /// Why, in the reader's language.
    pub fn describe(&self, text: &UiText) -> String {
        match self {
            ToolsFailure::Unavailable => text.tools_unavailable.to_owned(),
            ToolsFailure::CouldNotStart => text.tools_could_not_start.to_owned(),
            ToolsFailure::Failed(reason) => (text.tools_failed)(reason),
            ToolsFailure::TimedOut(seconds) => (text.tools_timed_out)(*seconds),
            ToolsFailure::NoAnswer => text.tools_no_answer.to_owned(),
        }
    }
}

/// Sends `bytes` (a file named `name`) to a new document-tools worker and returns its answer,
/// a [`crate::import::ConvertedFile`] as JSON.
///
/// # Errors
/// Why there is no answer: no tools on this page, the worker failed to start or to convert,
/// or it took longer than the time limit.
pub async fn convert_in_worker(name: &str, bytes: &[u8]) -> Result<String, ToolsFailure> {
    ask_document_tools(&[
        ("name", name.into()),
        ("bytes", js_sys::Uint8Array::from(bytes).into()),
    ])
    .await
}

/// Asks a new document-tools worker to write the event-format `document` as `format` (`csv`,
/// `ics` or `md`; see `export_document` in `src/bin/document_tools.rs`), made at `stamp`.
///
/// Texts the data gives in several languages are written in `language` (a tag).
///
/// # Errors
/// As [`convert_in_worker`], and why the tools could not write it.
pub async fn export_in_worker(
    format: &str,
    document: &str,
    stamp: &str,
    language: &str,
) -> Result<String, ToolsFailure> {
    ask_document_tools(&[
        ("export", format.into()),
        ("document", document.into()),
        ("stamp", stamp.into()),
        ("language", language.into()),
    ])
    .await
}

/// Sends one message of these fields to a new worker and returns its `reply`.
async fn ask_document_tools(fields: &[(&str, JsValue)]) -> Result<String, ToolsFailure> {
    let url = document()
        .and_then(|page| {
            page.query_selector("meta[name='chronoline:document-tools']")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(ToolsFailure::Unavailable)?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(&url, &options)
        .map_err(|_| ToolsFailure::CouldNotStart)?;
    let message = js_sys::Object::new();
    let sent = fields
        .iter()
        .try_for_each(|(key, value)| {
            js_sys::Reflect::set(&message, &(*key).into(), value).map(|_| ())
        })
        .and_then(|()| worker.post_message(&message));
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
        if let Some(window) = window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&reject, TOOLS_TIMEOUT_MS);
        }
    });
    let answer = match sent {
        Ok(()) => JsFuture::from(answer).await,
        Err(error) => Err(error),
    };
    worker.terminate();
    let field = |data: &JsValue, key: &str| {
        js_sys::Reflect::get(data, &key.into())
            .ok()
            .and_then(|value| value.as_string())
    };
    match answer {
        Ok(event) => {
            let data = event
                .dyn_into::<web_sys::MessageEvent>()
                .map(|event| event.data())
                .unwrap_or_default();
            match (field(&data, "reply"), field(&data, "error")) {
                (Some(reply), _) => Ok(reply),
                (None, error) => Err(ToolsFailure::Failed(error.unwrap_or_default())),
            }
        }
        Err(error) if error.is_undefined() => {
            Err(ToolsFailure::TimedOut(TOOLS_TIMEOUT_MS as u32 / 1000))
        }
        Err(_) => Err(ToolsFailure::CouldNotStart),
    }
}
