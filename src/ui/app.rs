//! The page: loads the chronology and shows it, or says what went wrong.

use leptos::prelude::*;

use super::browser_url::view_state_from_page;
use super::load_failure::LoadFailure;
use super::loader::{fetch_chronology, BUNDLED_DATA_URL};
use super::loading_state::LoadingState;
use super::problem_list::ProblemList;
use super::state::{use_text, Locale};
use super::strings::ENGLISH;
use super::viewer::ChronologyViewer;

/// The whole viewer.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Locale(&ENGLISH));
    let text = use_text();
    let data_url = view_state_from_page()
        .data
        .unwrap_or_else(|| BUNDLED_DATA_URL.to_owned());
    let attempt = RwSignal::new(0u32);
    let report = LocalResource::new(move || {
        attempt.track();
        fetch_chronology(data_url.clone())
    });
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    let title = Memo::new(move |_| match report.get() {
        Some(Ok(report)) if !report.chronology.about.title.is_empty() => {
            report.chronology.about.title.clone()
        }
        _ => text.app_name.to_owned(),
    });
    Effect::new(move |_| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&title.get());
        }
    });

    view! {
        <header class="page-header">
            <p class="app-name" hidden=move || title.get() == text.app_name>
                {text.app_name}
            </p>
            <h1>{title}</h1>
        </header>
        <main id="main">
            <Suspense fallback=LoadingState>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(report) => {
                            let about = report.chronology.about.clone();
                            let chronology = std::sync::Arc::new(report.chronology.clone());
                            view! {
                                <p class="document-description">{about.description}</p>
                                <ProblemList problems=report.problems.clone() />
                                <ChronologyViewer chronology />
                            }
                                .into_any()
                        }
                        Err(failure) => view! { <LoadFailure failure on_retry=retry /> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}
