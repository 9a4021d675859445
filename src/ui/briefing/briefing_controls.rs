//! The controls that start a briefing: present the shown events as slides, or print them as
//! a handout.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::briefing::fullscreen::enter_fullscreen;
use crate::ui::browser;
use crate::ui::state::{use_text, use_viewer};

/// "Present" and "Print handout".
#[component]
pub fn BriefingControls() -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let present = move |_| {
        viewer.present();
        // Asked for while the click still counts as the reader's gesture; when the browser
        // refuses, the slides fill the window instead.
        spawn_local(async {
            enter_fullscreen().await;
        });
    };
    let print = move |_| {
        if let Some(window) = browser::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="button-secondary" data-testid="present"
                disabled=move || viewer.shown.with(|shown| shown.is_empty())
                on:click=present>
                {text.present}
            </button>
        <button type="button" class="button-secondary print-handout" data-testid="print-handout" on:click=print>
            {text.print_handout}
        </button>
    }
}
