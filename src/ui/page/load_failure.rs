//! The panel shown when no chronology could be loaded: what failed, where, and a retry.

use leptos::prelude::*;

use crate::ui::page::loader::{FetchFailure, OpenFailure};
use crate::ui::state::use_text;

/// Says what failed (an address the page does not allow, network, timeout, size, HTTP
/// status, not JSON, not a chronology) and offers a retry.
#[component]
pub fn LoadFailure(
    /// What went wrong.
    failure: FetchFailure,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let text = use_text();
    let reason = match &failure {
        FetchFailure::Refused {
            reason, redirected, ..
        } => {
            let reason = (text.data_refusal)(reason);
            if *redirected {
                format!("{reason} {}", text.redirected_there)
            } else {
                reason
            }
        }
        FetchFailure::Timeout { seconds, .. } => (text.timed_out)(*seconds),
        FetchFailure::TooLarge { limit, size, .. } => (text.too_large)(*size, *limit),
        FetchFailure::Network { detail, .. } => format!("{} {detail}", text.network_failure),
        FetchFailure::Http {
            status,
            status_text,
            ..
        } if status_text.is_empty() => format!("{} {status}.", text.http_status),
        FetchFailure::Http { status, .. } => format!("{} {status} ", text.http_status),
        FetchFailure::Format { error, .. } => (text.load_error)(error),
        FetchFailure::File { reason, .. } => match reason {
            OpenFailure::Unreadable => text.file_unreadable.to_owned(),
            OpenFailure::Tools(failure) => failure.describe(text),
            OpenFailure::NotRecognised(reason) => (text.problem)(reason),
            OpenFailure::Format(error) => (text.load_error)(error),
        },
    };
    // HTTP's reason phrases ("Not Found") are English words (RFC 9110), marked as such.
    let status_text = match &failure {
        FetchFailure::Http { status_text, .. } if !status_text.is_empty() => {
            Some(view! { <span lang="en">{status_text.clone()}</span> "." })
        }
        _ => None,
    };
    let place = if matches!(failure, FetchFailure::File { .. }) {
        text.failed_file
    } else {
        text.failed_url
    };
    view! {
        <section class="load-failure" role="alert" data-testid="load-failure"
            data-failure=failure_kind(&failure)>
            <h2>{text.load_failed}</h2>
            <p class="failure-reason">{reason}{status_text}</p>
            <p class="failure-url">
                {place} " " <code>{address_shown(failure.url())}</code>
            </p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {text.retry}
            </button>
        </section>
    }
}

/// A word for the kind of failure, for styles and tests.
fn failure_kind(failure: &FetchFailure) -> &'static str {
    match failure {
        FetchFailure::Refused { .. } => "refused",
        FetchFailure::Network { .. } => "network",
        FetchFailure::Timeout { .. } => "timeout",
        FetchFailure::TooLarge { .. } => "too-large",
        FetchFailure::Http { .. } => "http",
        FetchFailure::Format { .. } => "format",
        FetchFailure::File { .. } => "file",
    }
}

/// The failed address as text, cut at 200 characters (a `data:` address can carry a whole
/// document).
fn address_shown(url: &str) -> String {
    match url.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &url[..cut]),
        None => url.to_owned(),
    }
}
