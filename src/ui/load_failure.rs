//! The panel shown when no chronology could be loaded: what failed, where, and a retry.

use leptos::prelude::*;

use super::loader::FetchFailure;
use super::state::use_text;

/// Says what failed (network, HTTP status, not JSON, not a chronology) and offers a retry.
#[component]
pub fn LoadFailure(
    /// What went wrong.
    failure: FetchFailure,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let text = use_text();
    let reason = match &failure {
        FetchFailure::Network { detail, .. } => format!("{} {detail}", text.network_failure),
        FetchFailure::Http {
            status,
            status_text,
            ..
        } => format!("{} {status} {status_text}.", text.http_status)
            .trim_end()
            .to_owned(),
        FetchFailure::Format { error, .. } => error.to_string(),
    };
    view! {
        <section class="load-failure" role="alert" data-testid="load-failure">
            <h2>{text.load_failed}</h2>
            <p class="failure-reason">{reason}</p>
            <p class="failure-url">
                {text.failed_url} " " <code>{failure.url().to_owned()}</code>
            </p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {text.retry}
            </button>
        </section>
    }
}
