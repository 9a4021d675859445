//! Fetching a chronology document over HTTP: only from addresses the deployment allows,
//! with a timeout while nothing arrives, a size limit, progress, and reading in slices that
//! leave the page responsive.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::chronology::{
    Chronology, ChronologyReader, DataPolicy, DataRefusal, LoadError, LoadReport, Message, Problem,
    ProblemCounts, ReadProgress,
};
use crate::ui::browser;
use crate::ui::browser::document_tools::ToolsFailure;
use crate::ui::browser::language::reader_language;
use crate::ui::browser::url::{data_policy_from_page, page_href};
use crate::ui::page::provenance_line::Provenance;
use crate::ui::strings::UiText;

/// The document the app opens when the page names none with `?data=`.
pub const BUNDLED_DATA_URL: &str = "chronology.json";

/// Bytes of JSON read between two looks at the clock.
const READ_SLICE: usize = 128 * 1024;

/// How long one slice of reading may hold the page before it yields to the browser (ms).
const SLICE_MS: f64 = 90.0;

/// A chronology that loaded, with what was wrong in it and where it came from.
#[derive(Clone, Debug)]
pub struct LoadedChronology {
    /// The valid part of the document.
    pub chronology: Arc<Chronology>,
    /// What was left out or ignored (the listed part).
    pub problems: Arc<Vec<Problem>>,
    /// How many problems of each kind, listed or not.
    pub counts: ProblemCounts,
    /// Where the document came from.
    pub provenance: Provenance,
    /// Where to check for a newer version (documents from the web, not files).
    pub feed: Option<LiveFeed>,
}

/// A document on the web that may have a newer version: its address, and how the server
/// identified the version read.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveFeed {
    /// The document's address, resolved.
    pub url: String,
    /// What to send back to ask whether it changed.
    pub validators: Validators,
}

/// What a server said identifies a version of a document (`ETag`, `Last-Modified`), sent
/// back (`If-None-Match`, `If-Modified-Since`) so an unchanged document costs a 304.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Validators {
    /// The version's `ETag`.
    pub etag: Option<String>,
    /// The version's `Last-Modified`.
    pub last_modified: Option<String>,
}

/// The longest validator kept: a header longer than this is not a version's name.
const MAX_VALIDATOR: usize = 1024;

impl Validators {
    fn of(headers: &gloo_net::http::Headers) -> Validators {
        let header = |name: &str| {
            headers
                .get(name)
                .filter(|value| !value.is_empty() && value.len() <= MAX_VALIDATOR)
        };
        Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        }
    }

    /// Whether the server named the version at all.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// A response: a document, or word that the one the page has is still current (304).
enum Fetched {
    Body(Vec<u8>, Validators),
    NotModified,
}

impl LoadedChronology {
    /// What `report` read, from `provenance`, with its multilingual texts in the reader's
    /// language.
    pub fn new(report: LoadReport, provenance: Provenance) -> LoadedChronology {
        LoadedChronology {
            chronology: Arc::new(in_reader_language(report.chronology)),
            problems: Arc::new(report.problems),
            counts: report.counts,
            provenance,
            feed: None,
        }
    }
}

/// The chronology with its multilingual texts in the reader's language.
fn in_reader_language(mut chronology: Chronology) -> Chronology {
    chronology.show_in(reader_language(Some(&chronology.about.language)));
    chronology
}

/// Why a chronology could not be shown at all.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchFailure {
    /// The deployment does not show data from this address (or from where it redirected).
    Refused {
        url: String,
        reason: DataRefusal,
        redirected: bool,
    },
    /// The request did not reach a server (offline, blocked, CORS): the browser's words.
    Network { url: String, detail: String },
    /// Nothing arrived for this many seconds.
    Timeout { url: String, seconds: u32 },
    /// The document is larger than the deployment's limit (`size` when the server said).
    TooLarge {
        url: String,
        limit: u64,
        size: Option<u64>,
    },
    /// The server answered with an error status.
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    /// The response is not a chronology document.
    Format { url: String, error: LoadError },
    /// A file the editor opened could not be read (`url` is its name).
    File { url: String, reason: OpenFailure },
}

/// Why a file or pasted text could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenFailure {
    /// The browser could not read the file.
    Unreadable,
    /// The document tools could not convert it.
    Tools(ToolsFailure),
    /// The tools recognised no chronology in it: the importer's reason.
    NotRecognised(Message),
    /// It is not an event-format document.
    Format(LoadError),
}

impl FetchFailure {
    /// The address that failed.
    pub fn url(&self) -> &str {
        match self {
            FetchFailure::Refused { url, .. }
            | FetchFailure::Network { url, .. }
            | FetchFailure::Timeout { url, .. }
            | FetchFailure::TooLarge { url, .. }
            | FetchFailure::Http { url, .. }
            | FetchFailure::Format { url, .. }
            | FetchFailure::File { url, .. } => url,
        }
    }
}

/// How far loading has come, for the loading message.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LoadProgress {
    /// Bytes received so far.
    pub received: u64,
    /// Bytes expected, when the server said.
    pub expected: Option<u64>,
    /// Once received: how far reading has come.
    pub reading: Option<ReadProgress>,
}

/// The address `data` (from `?data=`, or the bundled file when `None`) resolved against the
/// page, or why it cannot be one.
fn resolve(data: Option<&str>) -> Result<String, String> {
    let page = page_href();
    let data = data.unwrap_or(BUNDLED_DATA_URL);
    web_sys::Url::new_with_base(data, &page)
        .map(|url| url.href())
        .map_err(|_| data.to_owned())
}

/// Fetches, checks and reads the chronology that `data` names (`None`: the bundled one),
/// reporting progress as it goes.
pub async fn fetch_chronology(
    data: Option<String>,
    progress: RwSignal<LoadProgress>,
    text: &'static UiText,
) -> Result<LoadedChronology, FetchFailure> {
    progress.set(LoadProgress::default());
    let (policy, _) = data_policy_from_page();
    let shown = data.clone().unwrap_or_else(|| BUNDLED_DATA_URL.to_owned());
    let refused = |reason: DataRefusal| FetchFailure::Refused {
        url: shown.clone(),
        reason,
        redirected: false,
    };
    let url = resolve(data.as_deref()).map_err(|text| {
        refused(DataRefusal::NotAbsolute {
            address: crate::chronology::shortened(&text),
        })
    })?;
    let page = page_href();
    let address = policy.check(&url, &page).map_err(refused)?;
    let bundled = resolve(None).ok().as_deref() == Some(url.as_str());
    let Fetched::Body(body, validators) =
        fetch_body(&url, &policy, &page, progress, text, None).await?
    else {
        return Err(FetchFailure::Network {
            url,
            detail: text.not_a_response.into(),
        });
    };
    let report = read_in_slices(body, progress)
        .await
        .map_err(|error| FetchFailure::Format {
            url: url.clone(),
            error,
        })?;
    let provenance = if bundled {
        Provenance::Bundled
    } else {
        Provenance::Web(address)
    };
    let mut loaded = LoadedChronology::new(report, provenance);
    loaded.feed = Some(LiveFeed { url, validators });
    Ok(loaded)
}

/// Asks the server whether `feed`'s document changed since the version the page has: `None`
/// when it has not (a 304), else the newer version in the reader's language, and how the
/// server names it. `conditional: false` asks plainly (for servers whose cross-origin rules
/// refuse the conditional headers). Held to the same policy, limit and timeout as the first
/// load.
pub async fn check_for_update(
    feed: &LiveFeed,
    conditional: bool,
    text: &'static UiText,
) -> Result<Option<(Chronology, Validators)>, FetchFailure> {
    let (policy, _) = data_policy_from_page();
    let page = page_href();
    policy
        .check(&feed.url, &page)
        .map_err(|reason| FetchFailure::Refused {
            url: feed.url.clone(),
            reason,
            redirected: false,
        })?;
    let progress = RwSignal::new(LoadProgress::default());
    let validators = conditional.then_some(&feed.validators);
    match fetch_body(&feed.url, &policy, &page, progress, text, validators).await? {
        Fetched::NotModified => Ok(None),
        Fetched::Body(body, validators) => {
            let report =
                read_in_slices(body, progress)
                    .await
                    .map_err(|error| FetchFailure::Format {
                        url: feed.url.clone(),
                        error,
                    })?;
            Ok(Some((in_reader_language(report.chronology), validators)))
        }
    }
}

/// Reads an event-format document in slices that leave the page responsive, reporting how
/// far reading has come.
pub async fn read_in_slices(
    body: Vec<u8>,
    progress: RwSignal<LoadProgress>,
) -> Result<LoadReport, LoadError> {
    let mut reader = ChronologyReader::new(body);
    let report = loop {
        let started = js_sys::Date::now();
        let mut result = None;
        while result.is_none() && js_sys::Date::now() - started < SLICE_MS {
            result = reader.read_some(READ_SLICE);
        }
        if let Some(result) = result {
            break result;
        }
        progress.update(|progress| progress.reading = Some(reader.progress()));
        yield_to_browser().await;
    };
    // Drawing the viewer is the next task of its own.
    yield_to_browser().await;
    report
}

/// The response body, within the deployment's limits: never larger than its maximum, and
/// never a whole timeout without a byte arriving; a redirect must end where the policy
/// allows. With `validators`, a conditional request: `NotModified` when the server says the
/// version is current.
async fn fetch_body(
    url: &str,
    policy: &DataPolicy,
    page: &str,
    progress: RwSignal<LoadProgress>,
    text: &'static UiText,
    validators: Option<&Validators>,
) -> Result<Fetched, FetchFailure> {
    let network = |detail: String| FetchFailure::Network {
        url: url.to_owned(),
        detail,
    };
    // The loader script may have started this very request with the code (same site only).
    let early = validators
        .is_none()
        .then(|| take_early_request(url))
        .flatten();
    let controller = match &early {
        Some((controller, _)) => controller.clone(),
        None => web_sys::AbortController::new().map_err(|_| network(String::new()))?,
    };
    let watchdog = Watchdog::new(controller.clone(), policy.timeout_ms());
    let timed_out = |watchdog: &Watchdog, detail: String| {
        if watchdog.fired() {
            FetchFailure::Timeout {
                url: url.to_owned(),
                seconds: policy.timeout_ms().div_ceil(1000),
            }
        } else {
            network(detail)
        }
    };
    let response = match early {
        Some((_, response)) => {
            let response = JsFuture::from(response).await.map_err(|error| {
                let detail = error
                    .dyn_ref::<js_sys::Error>()
                    .map(|error| String::from(error.to_string()))
                    .unwrap_or_default();
                timed_out(&watchdog, detail)
            })?;
            response
                .dyn_into::<web_sys::Response>()
                .map(gloo_net::http::Response::from)
                .map_err(|_| network(text.not_a_response.into()))?
        }
        None => {
            let mut request = Request::get(url).abort_signal(Some(&controller.signal()));
            if let Some(validators) = validators {
                if let Some(etag) = &validators.etag {
                    request = request.header("If-None-Match", etag);
                }
                if let Some(modified) = &validators.last_modified {
                    request = request.header("If-Modified-Since", modified);
                }
            }
            request
                .send()
                .await
                .map_err(|error| timed_out(&watchdog, error.to_string()))?
        }
    };
    let final_url = response.url();
    if !final_url.is_empty() && final_url != url {
        if let Err(refusal) = policy.check(&final_url, page) {
            controller.abort();
            return Err(FetchFailure::Refused {
                url: url.to_owned(),
                reason: refusal,
                redirected: true,
            });
        }
    }
    if response.status() == 304 && validators.is_some() {
        return Ok(Fetched::NotModified);
    }
    if !response.ok() {
        controller.abort();
        return Err(FetchFailure::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let too_large = |size: Option<u64>| FetchFailure::TooLarge {
        url: url.to_owned(),
        limit: policy.max_bytes(),
        size,
    };
    let expected = response
        .headers()
        .get("content-length")
        .and_then(|length| length.trim().parse::<u64>().ok());
    if let Some(size) = expected.filter(|size| *size > policy.max_bytes()) {
        controller.abort();
        return Err(too_large(Some(size)));
    }
    progress.set(LoadProgress {
        received: 0,
        expected,
        reading: None,
    });
    let validators = Validators::of(&response.headers());
    let Some(stream) = response.body() else {
        return Ok(Fetched::Body(Vec::new(), validators));
    };
    let reader: web_sys::ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| network(text.response_unreadable.into()))?;
    // The chunks stay in JavaScript until the last has arrived, then are copied once into a
    // buffer of exactly their size: growing a buffer as they come would, for a body of
    // unknown or compressed length, briefly need twice its size, and the module's memory
    // never gives back its high-water mark.
    let chunks = js_sys::Array::new();
    let mut received: u64 = 0;
    loop {
        watchdog.restart();
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|error| timed_out(&watchdog, format!("{error:?}")))?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|done| done.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) else {
            break;
        };
        let bytes = js_sys::Uint8Array::new(&value);
        received += u64::from(bytes.length());
        if received > policy.max_bytes() {
            controller.abort();
            return Err(too_large(expected));
        }
        chunks.push(&bytes);
        progress.update(|progress| progress.received = received);
    }
    let mut body = vec![0u8; received as usize];
    let mut at = 0;
    for chunk in chunks.iter() {
        let bytes = js_sys::Uint8Array::new(&chunk);
        let length = bytes.length() as usize;
        bytes.copy_to(&mut body[at..at + length]);
        at += length;
    }
    watchdog.stop();
    Ok(Fetched::Body(body, validators))
}

/// The request the loader script started for `url` before the wasm had loaded, taken over
/// (and forgotten by the page); one for another address is aborted.
fn take_early_request(url: &str) -> Option<(web_sys::AbortController, js_sys::Promise)> {
    let window = browser::window()?;
    let key = wasm_bindgen::JsValue::from_str("chronolineEarlyData");
    let early = js_sys::Reflect::get(&window, &key).ok()?;
    if early.is_undefined() || early.is_null() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let field = |name: &str| js_sys::Reflect::get(&early, &name.into()).ok();
    let controller: web_sys::AbortController = field("controller")?.dyn_into().ok()?;
    if field("url")?.as_string().as_deref() != Some(url) {
        controller.abort();
        return None;
    }
    let response: js_sys::Promise = field("response")?.dyn_into().ok()?;
    Some((controller, response))
}

/// Aborts a request when nothing has arrived for a while (restarted at every chunk), or when
/// it is dropped before the body has been read.
struct Watchdog {
    controller: web_sys::AbortController,
    timeout_ms: u32,
    fired: Rc<Cell<bool>>,
    timer: Cell<Option<TimeoutHandle>>,
}

impl Watchdog {
    fn new(controller: web_sys::AbortController, timeout_ms: u32) -> Watchdog {
        let watchdog = Watchdog {
            controller,
            timeout_ms,
            fired: Rc::new(Cell::new(false)),
            timer: Cell::new(None),
        };
        watchdog.restart();
        watchdog
    }

    fn restart(&self) {
        self.stop();
        let controller = self.controller.clone();
        let fired = self.fired.clone();
        let timer = set_timeout_with_handle(
            move || {
                fired.set(true);
                controller.abort();
            },
            Duration::from_millis(u64::from(self.timeout_ms)),
        );
        self.timer.set(timer.ok());
    }

    fn stop(&self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }

    fn fired(&self) -> bool {
        self.fired.get()
    }
}

impl Drop for Watchdog {
    /// A request whose reading is abandoned (a retry, a page that moved on) is cancelled;
    /// aborting one that has finished does nothing.
    fn drop(&mut self) {
        self.stop();
        self.controller.abort();
    }
}

/// Lets the browser paint and handle input before the next slice of work. A message to
/// itself, not a zero timer: chained timers are held back at least 4 ms each, which over a
/// hundred slices is a tenth of a second of doing nothing.
pub(crate) async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let posted = web_sys::MessageChannel::new().ok().and_then(|channel| {
            channel.port1().set_onmessage(Some(&resolve));
            channel
                .port2()
                .post_message(&wasm_bindgen::JsValue::UNDEFINED)
                .ok()
        });
        if posted.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
}
