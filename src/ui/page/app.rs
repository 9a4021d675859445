//! The page: loads the chronology and shows it, or says what went wrong.

use leptos::prelude::*;

use crate::chronology::{
    text_language, Presentation, Problem, ProblemCounts, ProblemEffect, TextField,
};
use crate::ui::browser;
use crate::ui::browser::first_paint;
use crate::ui::browser::language::{reader_language, set_page_language};
use crate::ui::browser::url::{app_address, embed_options_from_page, view_state_from_page};
use crate::ui::embed::host_page::{apply_page_options, report_height_to_host};
use crate::ui::page::language_menu::LanguageMenu;
use crate::ui::page::load_failure::LoadFailure;
use crate::ui::page::loader::{fetch_chronology, LoadProgress};
use crate::ui::page::loading_state::LoadingState;
use crate::ui::page::open_file::OpenedChronology;
use crate::ui::page::problem_list::ProblemList;
use crate::ui::page::provenance_line::ProvenanceLine;
use crate::ui::state::{InitialView, Locale};
use crate::ui::strings::ui_text;
use crate::ui::viewer::chronology_viewer::ChronologyViewer;

/// The whole viewer.
#[component]
pub fn App() -> impl IntoView {
    let initial_view = view_state_from_page();
    let text = ui_text(reader_language(None));
    provide_context(Locale(text));
    set_page_language(text.language.as_str());
    let page_options = embed_options_from_page();
    apply_page_options(&page_options);
    let embedded = page_options.embedded;
    if embedded {
        report_height_to_host(page_options.frame_id.clone());
    }
    provide_context(page_options);
    provide_context(InitialView(initial_view.clone()));
    // An embed, or the presenter's window: the title, compact, and only the content.
    let presenter = initial_view.presentation == Presentation::Presenter;
    let compact = embedded || presenter;
    // In an embed, a link to the same view in the full app, for readers who want more room.
    let full_view_url = format!("{}{}", app_address(), initial_view.to_query());
    let data_url = initial_view.data.clone();
    let attempt = RwSignal::new(0u32);
    let progress = RwSignal::new(LoadProgress::default());
    // A file the editor opened replaces the loaded chronology (the app's OpenFile sets it).
    let opened = RwSignal::new(None);
    provide_context(OpenedChronology(opened));
    let report = LocalResource::new(move || {
        attempt.track();
        let opened = opened.get();
        let data_url = data_url.clone();
        async move {
            match opened {
                Some(opened) => opened,
                None => fetch_chronology(data_url, progress, text).await,
            }
        }
    });
    // Trying again after a file failed to open goes back to the page's own chronology.
    let retry = Callback::new(move |()| {
        opened.set(None);
        attempt.update(|n| *n += 1);
    });
    // While the chronology loads, the heading stays what the page painted before the app
    // loaded: the bundled chronology's title, or for another chronology an empty,
    // placeholder heading. (Never the app's name: the title that replaces it would move
    // everything below.)
    let painted_title = initial_view
        .data
        .is_none()
        .then(first_paint::bundled_title)
        .flatten();
    let title = Memo::new(move |_| match report.get() {
        Some(Ok(loaded)) if !loaded.chronology.about.title.is_empty() => {
            loaded.chronology.about.title.clone()
        }
        Some(_) => text.app_name.to_owned(),
        None => painted_title.clone().unwrap_or_default(),
    });
    let pending = move || title.with(String::is_empty);
    // The title is the data's: in its own language when that is not the interface's.
    let title_lang = move || match report.get() {
        Some(Ok(loaded)) => {
            let about = &loaded.chronology.about;
            let reader = reader_language(Some(&about.language));
            text_language(
                about.shown_language(TextField::Title),
                &about.language,
                reader,
            )
            .map(str::to_owned)
        }
        _ => None,
    };
    // The chronology (or a failure) came before the loading view was ever drawn: what the
    // page painted before the app goes now, as the app's view takes its place.
    Effect::new(move |_| {
        if report.with(Option::is_some) {
            first_paint::hand_over(None);
        }
    });
    Effect::new(move |_| {
        if let Some(document) = browser::document() {
            let title = title.get();
            document.set_title(if title.is_empty() {
                text.app_name
            } else {
                &title
            });
        }
    });

    view! {
        <header class="page-header" class:compact=compact>
            <p class="app-name" hidden=move || compact || title.get() == text.app_name>
                {text.app_name}
            </p>
            <h1 class:pending=pending lang=title_lang>{title}</h1>
            {(!compact).then(|| view! { <LanguageMenu /> })}
            {embedded.then(|| view! {
                <a class="full-view-link" href=full_view_url target="_blank" rel="noopener noreferrer">
                    {text.open_full_view}
                </a>
            })}
        </header>
        <main id="main">
            <Suspense fallback=move || view! { <LoadingState progress /> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(loaded) => {
                            provide_context(loaded.provenance.clone());
                            // A document in one of our languages speaks to readers whose
                            // browsers name none of them in that language.
                            let document_language = &loaded.chronology.about.language;
                            let language = reader_language(Some(document_language));
                            if language != text.language {
                                provide_context(Locale(ui_text(language)));
                                set_page_language(language.as_str());
                            }
                            let about = &loaded.chronology.about;
                            let description = about.description.clone();
                            let description_lang = text_language(
                                about.shown_language(TextField::Description),
                                &about.language,
                                language,
                            )
                            .map(str::to_owned);
                            // When the data was last updated, for a chronology that keeps growing.
                            let updated = about.updated.map(|updated| {
                                let text = ui_text(language);
                                format!("{} {}", text.data_updated, updated.to_human(&text.calendar))
                            });
                            let (problems, counts) =
                                problems_for_readers(&loaded.problems, loaded.counts, compact);
                            view! {
                                // The presenter's view says it in its own bar.
                                {(!presenter).then(|| view! { <ProvenanceLine /> })}
                                <p class="document-description" hidden=compact lang=description_lang>
                                    {description}
                                </p>
                                {updated.map(|updated| view! {
                                    <p class="document-updated" hidden=compact data-testid="document-updated">
                                        {updated}
                                    </p>
                                })}
                                <ProblemList problems counts />
                                <ChronologyViewer chronology=loaded.chronology feed=loaded.feed />
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

/// The problems worth showing: all of them in the app; in an embed (or the presenter's
/// window) only what keeps events or values from showing, since an article's readers are not
/// the chronology's editors.
fn problems_for_readers(
    problems: &[Problem],
    counts: ProblemCounts,
    compact: bool,
) -> (Vec<Problem>, ProblemCounts) {
    if !compact {
        return (problems.to_vec(), counts);
    }
    let shown = problems
        .iter()
        .filter(|problem| problem.effect != ProblemEffect::Warning)
        .cloned()
        .collect();
    (
        shown,
        ProblemCounts {
            warnings: 0,
            ..counts
        },
    )
}
