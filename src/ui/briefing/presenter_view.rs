//! The presenter's own window (`mode=presenter`): the current and the next event, the
//! editor's notes, the slide number and the time elapsed, kept on the same slide as the
//! presentation.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::chronology::{elapsed_clock, SlideCommand, SlideKeys, TextField};
use crate::ui::briefing::slide_channel::{briefing_token_from_page, follow_slides_across_windows};
use crate::ui::browser::events::on_window_event;
use crate::ui::page::provenance_line::ProvenanceLine;
use crate::ui::state::{data_lang, use_text, use_viewer};

/// The presenter view.
#[component]
pub fn PresenterView() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    // The briefing named in this window's address by the presentation that opened it.
    follow_slides_across_windows(viewer, briefing_token_from_page());
    let position = Memo::new(move |_| viewer.slide_position());
    let go = move |command: SlideCommand| viewer.step_slides(command);
    // The clicker may be plugged into the presenter's machine: the same keys page here, and
    // the presentation follows. (Escape does nothing: this window is not the one on show.)
    let keys = StoredValue::new(SlideKeys::default());
    on_window_event(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let command = keys
            .try_update_value(|keys| keys.press(&event.key(), event.shift_key()))
            .flatten();
        if let Some(command) = command.filter(|command| *command != SlideCommand::Leave) {
            event.prevent_default();
            go(command);
        }
    });
    let started = js_sys::Date::now();
    let elapsed = RwSignal::new(0u64);
    let ticking = set_interval_with_handle(
        move || elapsed.set(((js_sys::Date::now() - started) / 1000.0).max(0.0) as u64),
        Duration::from_secs(1),
    );
    on_cleanup(move || {
        if let Ok(handle) = ticking {
            handle.clear();
        }
    });

    let event_at = move |offset: usize| {
        let shown = viewer.shown.get();
        let index = *shown.get(position.get()? + offset)?;
        viewer.chronology.with(|c| c.events.get(index).cloned())
    };
    let current = move || {
        event_at(0).map(|event| {
            let notes = if event.notes.is_empty() {
                view! { <p class="presenter-notes muted">{text.no_notes}</p> }.into_any()
            } else {
                let lang = data_lang(event.shown_language(TextField::Notes));
                view! { <p class="presenter-notes" lang=lang>{event.notes.clone()}</p> }.into_any()
            };
            view! {
                <p class="presenter-date">{event.reported_date(&text.calendar)}</p>
                <h2 class="presenter-title" data-testid="presenter-current"
                    lang=data_lang(event.shown_language(TextField::Title))>
                    {event.title.clone()}
                </h2>
                {notes}
            }
        })
    };
    let next = move || match event_at(1) {
        Some(event) => view! {
            <p class="presenter-date">{event.reported_date(&text.calendar)}</p>
            <p class="presenter-next-title" data-testid="presenter-next"
                lang=data_lang(event.shown_language(TextField::Title))>
                {event.title.clone()}
            </p>
        }
        .into_any(),
        None => view! { <p class="muted">{text.last_slide}</p> }.into_any(),
    };
    let counter = move || {
        position
            .get()
            .map(|position| (text.slide_counter)(position + 1, viewer.shown.with(|s| s.len())))
    };
    view! {
        <section class="presenter-view" aria-label=text.presenter_view data-testid="presenter-view">
            <header class="presenter-bar">
                <p class="slide-counter" data-testid="presenter-counter">{counter}</p>
                <p class="presenter-clock">
                    {text.elapsed} " " <span data-testid="presenter-elapsed">{move || elapsed_clock(elapsed.get())}</span>
                </p>
            </header>
            <ProvenanceLine />
            <div class="presenter-columns">
                <div class="presenter-now">
                    <h3 class="presenter-heading">{text.now_showing}</h3>
                    {current}
                </div>
                <div class="presenter-up-next">
                    <h3 class="presenter-heading">{text.up_next}</h3>
                    {next}
                </div>
            </div>
            <div class="slide-controls">
                <button type="button" class="button-secondary" on:click=move |_| go(SlideCommand::Previous)>
                    "← " {text.previous_slide}
                </button>
                <button type="button" class="button-secondary" on:click=move |_| go(SlideCommand::Next)>
                    {text.next_slide} " →"
                </button>
            </div>
        </section>
    }
}
