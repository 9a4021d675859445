//! What the page shows while the chronology is on its way.

use leptos::prelude::*;

use super::state::use_text;

/// A polite, announced loading message.
#[component]
pub fn LoadingState() -> impl IntoView {
    view! {
        <p class="loading-state" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {use_text().loading}
        </p>
    }
}
