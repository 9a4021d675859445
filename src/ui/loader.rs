//! Fetching a chronology document over HTTP.

use std::sync::Arc;

use gloo_net::http::Request;

use crate::timeline::{parse_chronology, LoadError, LoadReport};

/// The document the app opens when the page names none with `?data=`.
pub const BUNDLED_DATA_URL: &str = "chronology.json";

/// Why a chronology could not be shown at all.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchFailure {
    /// The request did not reach a server (offline, blocked, CORS).
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    /// The response is not a chronology document.
    Format { url: String, error: LoadError },
}

impl FetchFailure {
    /// The address that failed.
    pub fn url(&self) -> &str {
        match self {
            FetchFailure::Network { url, .. }
            | FetchFailure::Http { url, .. }
            | FetchFailure::Format { url, .. } => url,
        }
    }
}

/// Fetches and validates the chronology at `url`.
pub async fn fetch_chronology(url: String) -> Result<Arc<LoadReport>, FetchFailure> {
    let network = |detail: gloo_net::Error| FetchFailure::Network {
        url: url.clone(),
        detail: detail.to_string(),
    };
    let response = Request::get(&url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(FetchFailure::Http {
            url,
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    // Bytes, not a JS string: a large document is not held twice (UTF-16 and UTF-8).
    let body = response.binary().await.map_err(network)?;
    let Ok(text) = std::str::from_utf8(&body) else {
        return Err(FetchFailure::Format {
            url,
            error: LoadError::NotJson {
                looks_like: "binary data, not UTF-8 text",
            },
        });
    };
    parse_chronology(text)
        .map(Arc::new)
        .map_err(|error| FetchFailure::Format { url, error })
}
