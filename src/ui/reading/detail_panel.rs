//! The selected event in full: everything the list shows, sources open. Escape closes it and
//! returns focus to where the reader was.

use leptos::ev;
use leptos::html::Aside;
use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::browser::focus::{
    active_element, focus_after_frame_with_options, FocusAfterFrameOptions,
};
use crate::ui::reading::event_card::EventCard;
use crate::ui::state::{use_text, use_viewer};

/// Shows the selected event, or nothing.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let panel = NodeRef::<Aside>::new();
    // The element that had focus before the panel opened, to return to.
    let return_focus = StoredValue::new_local(None::<web_sys::HtmlElement>);

    let close = move || {
        viewer.selected.set(None);
        // Timeline marks are rebuilt when the selection changes; find the new one by its id.
        let Some(element) = return_focus.get_value() else {
            return;
        };
        let id = element.id();
        // Two frames: closing the panel widens the timeline, which re-measures itself after
        // the next layout and may redraw its marks; focus the mark as drawn after that.
        focus_after_frame_with_options(
            move || {
                if element.is_connected() {
                    Some(element.into())
                } else {
                    browser::document().and_then(|d| d.get_element_by_id(&id))
                }
            },
            FocusAfterFrameOptions {
                frames: 2,
                ..FocusAfterFrameOptions::default()
            },
        );
    };
    // Rebuilt when the selection changes, or when a live update changes the selected event
    // (not at every update: the panel keeps its focus and what the reader opened in it).
    let selected_event = Memo::new(move |_| {
        let id = viewer.selected.get()?;
        viewer.chronology.with(|c| c.event(&id).cloned())
    });
    let content = move || {
        let event = selected_event.get()?;
        let chronology = viewer.chronology.get_untracked();
        Some(view! { <EventCard event chronology in_panel=true /> })
    };
    // Focus the panel when an event opens, remembering where focus was.
    Effect::new(move |previous: Option<Option<String>>| {
        let selected = viewer.selected.get();
        if selected.is_some() && previous.flatten() != selected {
            let active = active_element()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if active
                .as_ref()
                .is_some_and(|a| panel.get_untracked().is_none_or(|p| !p.contains(Some(a))))
            {
                return_focus.set_value(active);
            }
            focus_after_frame_with_options(
                move || panel.get_untracked().map(Into::into),
                FocusAfterFrameOptions {
                    prevent_scroll: true,
                    ..FocusAfterFrameOptions::default()
                },
            );
        }
        selected
    });
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            close();
        }
    };

    view! {
        <aside
            class="detail-panel"
            node_ref=panel
            tabindex="-1"
            aria-labelledby=move || {
                viewer.selected.get().map(|id| format!("detail-event-{id}-title"))
            }
            hidden=move || viewer.selected.with(Option::is_none)
            data-testid="detail-panel"
            on:keydown=on_keydown
        >
            <button type="button" class="close-button" data-testid="close-detail"
                aria-label=text.close title=text.close on:click=move |_| close()>
                "×"
            </button>
            {content}
        </aside>
    }
}
