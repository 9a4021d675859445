//! Presentation mode: the shown events one per slide, full screen where the browser allows
//! (the window otherwise), paged with a clicker's keys, typed numbers or swipes; Escape
//! leaves, back to the same event on the timeline.

use std::time::Duration;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::chronology::{swipe_command, Presentation, SlideCommand, SlideKeys};
use crate::ui::briefing::fullscreen::{enter_fullscreen, exit_fullscreen, is_fullscreen};
use crate::ui::briefing::overview_strip::OverviewStrip;
use crate::ui::briefing::slide::Slide;
use crate::ui::briefing::slide_channel::{follow_slides_across_windows, new_briefing_token};
use crate::ui::browser;
use crate::ui::browser::events::{on_window_event, on_window_event_untyped};
use crate::ui::browser::url::app_address;
use crate::ui::state::{use_text, use_viewer};

/// The presentation overlay.
#[component]
pub fn SlideShow() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let root = NodeRef::<Div>::new();
    let keys = StoredValue::new(SlideKeys::default());
    let typed = RwSignal::new(String::new());
    let current = Memo::new(move |_| viewer.selected_index());
    let position = Memo::new(move |_| viewer.slide_position());
    let count = Memo::new(move |_| viewer.shown.with(|shown| shown.len()));
    // This presentation's briefing: only a presenter's window opened from it (given the
    // token in its address) follows it or moves it.
    let briefing = new_briefing_token();
    follow_slides_across_windows(viewer, briefing.clone());
    let briefing = StoredValue::new(briefing);

    let leave = move || {
        if viewer.presentation.get_untracked() != Presentation::Slides {
            return;
        }
        spawn_local(exit_fullscreen());
        viewer.stop_presenting();
    };
    let go = move |command: SlideCommand| {
        if command == SlideCommand::Leave {
            leave();
            return;
        }
        viewer.step_slides(command);
    };
    // A kiosk's presentation goes on by itself (`autoplay=`), looping, until any key or
    // touch pauses it for the person in front of the screen.
    let paused = RwSignal::new(false);
    if let Some(seconds) = viewer.autoplay {
        let playing = set_interval_with_handle(
            move || {
                if !paused.get_untracked() {
                    viewer.play_next_slide();
                }
            },
            Duration::from_secs(u64::from(seconds)),
        );
        on_cleanup(move || {
            if let Ok(handle) = playing {
                handle.clear();
            }
        });
    }
    // The presentation is modal: while it is up, keys anywhere page it (but Ctrl+P prints).
    on_window_event(ev::keydown, move |event| {
        paused.set(true);
        if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
            return;
        }
        let command = keys
            .try_update_value(|keys| keys.press(&event.key(), event.shift_key()))
            .flatten();
        typed.set(keys.with_value(|keys| keys.typed().to_owned()));
        if let Some(command) = command {
            event.prevent_default();
            go(command);
        }
    });
    // Leaving full screen (Escape in most browsers never reaches the page) leaves the
    // presentation too.
    let fullscreen = RwSignal::new(is_fullscreen());
    on_window_event_untyped("fullscreenchange", move |_| {
        let now = is_fullscreen();
        if fullscreen.get_untracked() && !now {
            leave();
        }
        fullscreen.set(now);
    });
    // Focus the presentation, so that screen readers announce it and Tab stays inside.
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            let _ = root.focus();
        }
    });

    let swipe_start = StoredValue::new(None::<(f64, f64)>);
    let on_pointer_down = move |event: ev::PointerEvent| {
        paused.set(true);
        if event.pointer_type() != "mouse" {
            swipe_start.set_value(Some((
                f64::from(event.client_x()),
                f64::from(event.client_y()),
            )));
        }
    };
    let on_pointer_up = move |event: ev::PointerEvent| {
        if let Some((x, y)) = swipe_start.get_value() {
            swipe_start.set_value(None);
            let (dx, dy) = (
                f64::from(event.client_x()) - x,
                f64::from(event.client_y()) - y,
            );
            if let Some(command) = swipe_command(dx, dy) {
                go(command);
            }
        }
    };
    let open_presenter_view = move |_| {
        let mut state = viewer.view_state();
        state.presentation = Presentation::Presenter;
        state.range = None;
        let query = briefing.with_value(|briefing| match briefing {
            Some(token) => state.to_query_with_briefing(token),
            None => state.to_query(),
        });
        let url = format!("{}{query}", app_address());
        if let Some(window) = browser::window() {
            let _ = window.open_with_url_and_target_and_features(
                &url,
                "chronoline-presenter",
                "popup,width=900,height=700",
            );
        }
    };

    let slide = move || {
        let index = current.get()?;
        let event = viewer.chronology.with(|c| c.events.get(index).cloned())?;
        Some(view! { <Slide event /> }.into_any())
    };
    let counter = move || {
        position
            .get()
            .map(|position| (text.slide_counter)(position + 1, count.get()))
    };
    view! {
        <div
            class="slide-show"
            role="dialog"
            aria-modal="true"
            aria-label=text.presentation_label
            aria-describedby="slide-show-help"
            tabindex="-1"
            node_ref=root
            data-testid="slide-show"
            on:pointerdown=on_pointer_down
            on:pointerup=on_pointer_up
            on:pointercancel=move |_| swipe_start.set_value(None)
        >
            <p class="slide-counter" aria-live="polite" data-testid="slide-counter">
                {counter}
                {viewer.autoplay.map(|_| view! {
                    <span class="autoplay-state" data-testid="autoplay-state">
                        " · " {move || if paused.get() { text.autoplay_paused } else { text.autoplay_playing }}
                    </span>
                })}
            </p>
            <div class="slide-frame">
                {move || {
                    slide().unwrap_or_else(|| {
                        view! { <p class="empty-state">{text.nothing_matches}</p> }.into_any()
                    })
                }}
            </div>
            <OverviewStrip current=current />
            <div class="slide-controls">
                <button type="button" class="button-secondary" data-testid="previous-slide"
                    disabled=move || position.get().is_none_or(|p| p == 0)
                    on:click=move |_| go(SlideCommand::Previous)>
                    "← " {text.previous_slide}
                </button>
                <button type="button" class="button-secondary" data-testid="next-slide"
                    disabled=move || position.get().is_none_or(|p| p + 1 >= count.get())
                    on:click=move |_| go(SlideCommand::Next)>
                    {text.next_slide} " →"
                </button>
                <p class="slide-typed" aria-live="polite" hidden=move || typed.with(String::is_empty)
                    data-testid="slide-typed">
                    {text.go_to_slide} " " {move || typed.get()} "…"
                </p>
                <span class="slide-controls-end">
                    <button type="button" class="button-secondary" hidden=move || fullscreen.get()
                        on:click=move |_| spawn_local(async {
                            enter_fullscreen().await;
                        })>
                        {text.full_screen}
                    </button>
                    <button type="button" class="button-secondary" on:click=open_presenter_view
                        data-testid="open-presenter-view">
                        {text.presenter_view}
                    </button>
                    <button type="button" class="button-secondary" data-testid="leave-presentation"
                        on:click=move |_| leave()>
                        {text.leave_presentation}
                    </button>
                </span>
            </div>
            <p id="slide-show-help" class="visually-hidden">{text.presentation_help}</p>
        </div>
    }
}
