//! Typed context shared by the views.

use std::sync::Arc;

use leptos::prelude::*;

use crate::chronology::{
    autoplay_next, slide_after, text_language, Chronology, EventFilter, EventOrder, Language,
    LiveChoice, LiveUpdate, Mark, MarkSizes, Presentation, SessionChanges, SlideCommand, TimeScale,
    TrackIndex, ViewLimits, ViewMode, ViewState,
};
use crate::ui::strings::{UiText, ENGLISH};

/// The interface language, provided once by the app.
#[derive(Clone, Copy)]
pub struct Locale(pub &'static UiText);

/// The words of the interface in the current language (English when none is provided, as in
/// component tests).
pub fn use_text() -> &'static UiText {
    use_context::<Locale>().map_or(&ENGLISH, |locale| locale.0)
}

/// The `lang` attribute for a text of the data shown in the interface: the text's language
/// (`shown`, when its field is multilingual, else the document's) when it is not the
/// interface's, so screen readers pronounce it in its own language.
pub fn data_lang(shown: Option<&str>) -> Option<String> {
    let document = use_context::<ViewerState>()
        .map(|viewer| {
            viewer
                .chronology
                .with_untracked(|c| c.about.language.clone())
        })
        .unwrap_or_default();
    text_language(shown, &document, use_text().language).map(str::to_owned)
}

/// The view the page's address asked for when it opened, read once by the app and shared.
#[derive(Clone, Debug)]
pub struct InitialView(pub ViewState);

/// Whether the page is being printed: cards then build what they otherwise build only when
/// opened (their sources), since the handout writes everything out.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// The state of one loaded chronology's viewer, shared by the timeline, the list, the filters
/// and the detail panel.
#[derive(Clone, Copy)]
pub struct ViewerState {
    /// The chronology, as loaded, and as live updates change it.
    pub chronology: RwSignal<Arc<Chronology>>,
    /// What live updates brought since the page opened.
    pub changes: RwSignal<SessionChanges>,
    /// What the reader filtered.
    pub filter: RwSignal<EventFilter>,
    /// The id of the event whose details are open.
    pub selected: RwSignal<Option<String>>,
    /// Timeline or list.
    pub mode: RwSignal<ViewMode>,
    /// Oldest or newest first, in the list and the handout.
    pub order: RwSignal<EventOrder>,
    /// Seconds a presentation stays on a slide before it goes on by itself (`autoplay=`).
    pub autoplay: Option<u32>,
    /// Whether the shown events are being presented as slides (the slide is `selected`).
    pub presentation: RwSignal<Presentation>,
    /// The visible time span and the timeline's width.
    pub scale: RwSignal<TimeScale>,
    /// How far the view may zoom and pan (wider when a live update brings events outside).
    pub limits: RwSignal<ViewLimits>,
    /// Indices of the events the filter shows, in time order.
    pub shown: Memo<Arc<Vec<usize>>>,
    /// The lane layout of the shown events (rebuilt only when the filter changes).
    pub layout: Memo<Arc<TrackIndex>>,
    /// The `?data=` address, kept in shared links.
    pub data_url: StoredValue<Option<String>>,
    /// Whether the URL named a visible range; if not, a linked event is brought into view.
    pub range_from_url: bool,
    /// The interface language the URL named, kept in it (the browser's choice is not written).
    pub language: Option<Language>,
    /// What the URL said about live updates (`live=`), kept in it.
    pub live: Option<LiveChoice>,
}

impl ViewerState {
    /// The state for a loaded chronology, starting from what the URL asked for.
    pub fn new(chronology: Arc<Chronology>, initial: &ViewState) -> ViewerState {
        let limits = ViewLimits::for_events(&chronology.events);
        let mut scale = TimeScale::fit(&limits, 1000.0);
        if let Some((start, end)) = initial.range {
            scale = scale.showing(start, end, &limits);
        }
        // `event=latest` opens the most recent event; any other id is kept as the link says.
        let selected = initial.selected.as_deref().map(|id| {
            chronology
                .linked_event(id)
                .map_or_else(|| id.to_owned(), |event| event.id.clone())
        });
        let chronology = RwSignal::new(chronology);
        let filter = RwSignal::new(initial.filter.clone());
        let shown = Memo::new(move |_| {
            let filter = filter.read();
            Arc::new(chronology.with(|c| filter.apply(c)))
        });
        let layout = Memo::new(move |_| {
            let shown = shown.get();
            Arc::new(chronology.with(|c| {
                TrackIndex::build(
                    &c.events,
                    &shown,
                    |event| c.lane_index(&event.lane).unwrap_or(0),
                    c.lanes.len(),
                )
            }))
        });
        ViewerState {
            chronology,
            changes: RwSignal::new(SessionChanges::default()),
            filter,
            selected: RwSignal::new(selected),
            mode: RwSignal::new(initial.mode),
            order: RwSignal::new(initial.order),
            autoplay: initial.autoplay,
            presentation: RwSignal::new(initial.presentation),
            scale: RwSignal::new(scale),
            limits: RwSignal::new(limits),
            shown,
            layout,
            data_url: StoredValue::new(initial.data.clone()),
            range_from_url: initial.range.is_some(),
            language: initial.language,
            live: initial.live,
        }
    }

    /// The state as it belongs in the URL.
    pub fn view_state(&self) -> ViewState {
        let scale = self.scale.get();
        ViewState {
            data: self.data_url.get_value(),
            selected: self.selected.get(),
            filter: self.filter.get(),
            range: Some((scale.start(), scale.end())),
            mode: self.mode.get(),
            presentation: self.presentation.get(),
            language: self.language,
            order: self.order.get(),
            autoplay: self.autoplay,
            live: self.live,
        }
    }

    /// Applies a state read from the URL (on back/forward).
    pub fn restore(&self, state: &ViewState) {
        self.selected.set(state.selected.clone());
        self.filter.set(state.filter.clone());
        self.mode.set(state.mode);
        self.order.set(state.order);
        self.presentation.set(state.presentation);
        if let Some((start, end)) = state.range {
            let limits = self.limits.get_untracked();
            self.scale
                .update(|scale| *scale = scale.showing(start, end, &limits));
        }
    }

    /// Shows what a live update brought without moving anything under the reader: the
    /// visible range, the selection, the filters and the slide stay; the view may now reach
    /// events outside the old extent.
    pub fn apply_update(&self, update: LiveUpdate) {
        self.changes.update(|changes| changes.record(&update.diff));
        self.limits
            .set(ViewLimits::for_events(&update.chronology.events));
        self.chronology.set(Arc::new(update.chronology));
    }

    /// Zooms by `factor` around pixel `anchor_x`.
    pub fn zoom(&self, factor: f64, anchor_x: f64) {
        let limits = self.limits.get_untracked();
        self.scale
            .update(|scale| *scale = scale.zoomed(factor, anchor_x, &limits));
    }

    /// Pans by `dx` pixels.
    pub fn pan(&self, dx: f64) {
        let limits = self.limits.get_untracked();
        self.scale
            .update(|scale| *scale = scale.panned(dx, &limits));
    }

    /// The index of the selected event in the chronology.
    pub fn selected_index(&self) -> Option<usize> {
        self.selected
            .with(|id| self.chronology.with(|c| c.event_index(id.as_deref()?)))
    }

    /// Selects the event at `index` in the chronology.
    pub fn select_index(&self, index: usize) {
        let id = self
            .chronology
            .with_untracked(|c| c.events.get(index).map(|event| event.id.clone()));
        if id.is_some() {
            self.selected.set(id);
        }
    }

    /// Pans and zooms the timeline until the event at `index` is drawn as itself, not in a
    /// cluster, and not at the very edge.
    pub fn show_event(&self, index: usize) {
        let Some(at) = self
            .chronology
            .with_untracked(|c| c.events.get(index).map(|e| e.start.earliest()))
        else {
            return;
        };
        let layout = self.layout.get_untracked();
        let limits = self.limits.get_untracked();
        let mut scale = self.scale.get_untracked();
        let x = scale.x_of(at);
        if x < scale.width() * 0.05 || x > scale.width() * 0.95 {
            let half = scale.span() / 2.0;
            scale = scale.showing(at - half, at + half, &limits);
        }
        for _ in 0..40 {
            let drawn = layout
                .marks(&scale, MarkSizes::default())
                .iter()
                .any(|mark| matches!(mark, Mark::Event { event: e, .. } if *e == index));
            if drawn {
                break;
            }
            scale = scale.zoomed(2.0, scale.x_of(at), &limits);
        }
        self.scale.set(scale);
    }

    /// The current slide: the selected event's position among the shown events, from 0.
    pub fn slide_position(&self) -> Option<usize> {
        let index = self.selected_index()?;
        self.shown
            .with(|shown| shown.iter().position(|&shown| shown == index))
    }

    /// Selects the event on the slide `command` leads to (`Leave` is the caller's to handle).
    pub fn step_slides(&self, command: SlideCommand) {
        let shown = self.shown.get_untracked();
        let from = untrack(|| self.slide_position()).unwrap_or(0);
        if let Some(to) = slide_after(command, from, shown.len()) {
            self.select_index(shown[to]);
        }
    }

    /// Goes on to the next slide by itself, and from the last to the first (`autoplay=`).
    pub fn play_next_slide(&self) {
        let shown = self.shown.get_untracked();
        let from = untrack(|| self.slide_position()).unwrap_or(0);
        if let Some(to) = autoplay_next(from, shown.len()) {
            self.select_index(shown[to]);
        }
    }

    /// Starts presenting the shown events, from the selected one when it is shown, else
    /// from the first.
    pub fn present(&self) {
        let shown = self.shown.get_untracked();
        let selected = untrack(|| self.selected_index());
        match selected.filter(|index| shown.contains(index)) {
            Some(_) => {}
            None => match shown.first() {
                Some(&first) => self.select_index(first),
                None => return,
            },
        }
        self.presentation.set(Presentation::Slides);
    }

    /// Stops presenting, with the last slide's event selected and in view on the timeline.
    pub fn stop_presenting(&self) {
        self.presentation.set(Presentation::Off);
        if let Some(index) = untrack(|| self.selected_index()) {
            self.show_event(index);
        }
    }

    /// Shows everything.
    pub fn fit_all(&self) {
        let limits = self.limits.get_untracked();
        self.scale
            .update(|scale| *scale = TimeScale::fit(&limits, scale.width()));
    }
}

/// The viewer state; panics only when a view is used outside a loaded viewer, a programming
/// error.
pub fn use_viewer() -> ViewerState {
    expect_context::<ViewerState>()
}
