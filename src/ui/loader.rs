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
    let body = response.text().await.map_err(network)?;
    parse_chronology(&body)
        .map(Arc::new)
        .map_err(|error| FetchFailure::Format { url, error })
}
