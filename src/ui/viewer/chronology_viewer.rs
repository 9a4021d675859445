//! A loaded chronology: the toolbar, the timeline or the list, and the detail panel, all
//! sharing one [`ViewerState`] that is mirrored in the URL (except in an embed, where the
//! URL is the host's business: no history entries in the article's back button).

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::chronology::{poll_seconds, Chronology, EmbedOptions, Presentation, ViewMode};
use crate::ui::browser;
use crate::ui::browser::events::{on_window_event, on_window_event_untyped};
use crate::ui::browser::size_observer::content_width;
use crate::ui::browser::url::{view_state_from_page, write_view_state};
use crate::ui::page::loader::LiveFeed;
use crate::ui::reading::chronology_list::ChronologyList;
use crate::ui::reading::detail_panel::DetailPanel;
use crate::ui::state::{InitialView, Printing, ViewerState};
use crate::ui::timeline::timeline_view::TimelineView;
use crate::ui::viewer::filter_bar::FilterBar;
use crate::ui::viewer::live_feed::{follow_live_updates, LiveStatus};
use crate::ui::viewer::live_notice::LiveNotice;
use crate::ui::viewer::view_toggle::ViewToggle;
use crate::ui::viewer::viewer_parts::ViewerParts;

/// Below this width an embed opens on the list, which reads better in a narrow column.
const NARROW_EMBED_WIDTH: f64 = 480.0;

/// The viewer for one chronology.
#[component]
pub fn ChronologyViewer(
    /// The loaded chronology.
    chronology: Arc<Chronology>,
    /// Where to check for newer versions, when it came from the web.
    #[prop(optional_no_strip)]
    feed: Option<LiveFeed>,
) -> impl IntoView {
    let embedded = use_context::<EmbedOptions>().is_some_and(|options| options.embedded);
    // The address as the app read it when the page opened (read here in component tests).
    let mut initial =
        use_context::<InitialView>().map_or_else(view_state_from_page, |InitialView(view)| view);
    let width = browser::window()
        .and_then(|window| window.inner_width().ok())
        .and_then(|width| width.as_f64())
        .unwrap_or(f64::INFINITY);
    if embedded && width < NARROW_EMBED_WIDTH && initial.mode == ViewMode::Timeline {
        initial.mode = ViewMode::List;
    }
    let parts = ViewerParts::in_context();
    if parts.sources_index.is_none() && initial.mode == ViewMode::Sources {
        initial.mode = ViewMode::List;
    }
    let viewer = ViewerState::new(chronology.clone(), &initial);
    // The timeline will be as wide as the page's main column (inside its padding): drawn
    // at that width first, its marks are not drawn at another width and moved once measured.
    if let Some(column) = browser::document()
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|main| content_width(&main))
        .filter(|width| *width > 0.0)
    {
        viewer
            .scale
            .update(|scale| *scale = scale.with_width(column));
    }
    provide_context(viewer);
    if !embedded {
        sync_with_url(viewer);
    }
    // A document that keeps growing (`live` in it, or `live=` in the address) is checked
    // again; a file opened from the computer never is.
    let live = feed
        .zip(poll_seconds(initial.live, chronology.about.live))
        .map(|(feed, every)| {
            let status = RwSignal::new(LiveStatus::Checking { every });
            follow_live_updates(viewer, feed, every, status);
            status
        });

    // The timeline does not print: switch to the list for the print and back afterwards.
    // (The list and the sources index print as they are.) The handout's header exists only
    // while printing.
    let mode_before_print = StoredValue::new(None::<ViewMode>);
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    on_window_event_untyped("beforeprint", move |_| {
        printing.set(true);
        if viewer.mode.get_untracked() == ViewMode::Timeline {
            mode_before_print.set_value(Some(ViewMode::Timeline));
            viewer.mode.set(ViewMode::List);
        }
    });
    on_window_event_untyped("afterprint", move |_| {
        printing.set(false);
        if let Some(mode) = mode_before_print.get_value() {
            mode_before_print.set_value(None);
            viewer.mode.set(mode);
        }
    });

    let presentation = viewer.presentation;
    if let (Presentation::Presenter, Some(presenter_view)) =
        (presentation.get_untracked(), parts.presenter_view)
    {
        return presenter_view();
    }
    let presenting = move || presentation.get() == Presentation::Slides;
    view! {
        <div class="viewer" inert=presenting>
            <div class="toolbar">
                <ViewToggle />
                <FilterBar />
                {parts.page_actions.filter(|_| !embedded).map(|actions| actions())}
            </div>
            {live.map(|status| view! { <LiveNotice status /> })}
            {move || printing.get().then_some(parts.handout_header).flatten().map(|header| header())}
            <div class="viewer-body" class:has-detail=move || viewer.selected.with(Option::is_some)>
                {move || match viewer.mode.get() {
                    ViewMode::Timeline => view! { <TimelineView /> }.into_any(),
                    ViewMode::List => {
                        let chronology = viewer.chronology.get();
                        // Rebuilt when the order switches, as when the filters change.
                        viewer.order.track();
                        view! { <ChronologyList chronology shown=viewer.shown.get() order=viewer.order /> }
                            .into_any()
                    }
                    ViewMode::Sources => parts.sources_index.map_or_else(|| ().into_any(), |index| index()),
                }}
                <DetailPanel />
            </div>
        </div>
        {move || presenting().then_some(parts.slide_show).flatten().map(|slides| slides())}
    }
    .into_any()
}

/// Mirrors the viewer's state in the page URL and follows back and forward.
fn sync_with_url(viewer: ViewerState) {
    // URL ← state. A change of selection is a new history entry; filters and view replace
    // the current one, and so do slides (a briefing is one entry, its URL always naming the
    // current slide). The visible range is written once the view has been still for a
    // moment, so panning does not flood the history.
    let last_selected = StoredValue::new(viewer.selected.get_untracked());
    Effect::new(move |_| {
        let selected = viewer.selected.get();
        viewer.filter.track();
        viewer.mode.track();
        viewer.order.track();
        let presenting = viewer.presentation.get() != Presentation::Off;
        let new_entry = last_selected.get_value() != selected && !presenting;
        last_selected.set_value(selected);
        write_view_state(&untrack(|| viewer.view_state()), new_entry);
    });
    let range_generation = StoredValue::new(0u64);
    Effect::new(move |previous: Option<()>| {
        viewer.scale.track();
        if previous.is_none() {
            return;
        }
        range_generation.update_value(|n| *n += 1);
        let generation = range_generation.get_value();
        set_timeout(
            move || {
                if range_generation.try_get_value() == Some(generation) {
                    write_view_state(&untrack(|| viewer.view_state()), false);
                }
            },
            Duration::from_millis(400),
        );
    });
    // State ← URL, on back and forward.
    on_window_event(leptos::ev::popstate, move |_| {
        let state = view_state_from_page();
        // Restoring is not a new change of selection: never push an entry for it.
        last_selected.set_value(state.selected.clone());
        viewer.restore(&state);
    });
}
