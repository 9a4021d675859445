//! The viewer's parts beyond reading — opening and exporting files, presenting, the handout,
//! the embed dialog, the sources index — chosen by the entry point. The app has them all; the
//! reader's build, which an article's embeds load, has none, so their code is not in its wasm.

use leptos::prelude::*;

use crate::ui::briefing::briefing_controls::BriefingControls;
use crate::ui::briefing::handout_header::HandoutHeader;
use crate::ui::briefing::presenter_view::PresenterView;
use crate::ui::briefing::slide_show::SlideShow;
use crate::ui::embed::embed_dialog::EmbedDialog;
use crate::ui::reading::sources_index::SourcesIndex;
use crate::ui::viewer::file_menu::FileMenu;

/// Views the viewer shows when the entry point provides them (as context). Each is a plain
/// function, so an entry point that does not name them does not link them.
#[derive(Clone, Copy, Debug, Default)]
pub struct ViewerParts {
    /// The toolbar's File menu (open, export), Present, Print handout and Embed buttons.
    pub page_actions: Option<fn() -> AnyView>,
    /// The header of the printed handout.
    pub handout_header: Option<fn() -> AnyView>,
    /// The presenter's window (`mode=presenter`).
    pub presenter_view: Option<fn() -> AnyView>,
    /// The slides (`mode=present`).
    pub slide_show: Option<fn() -> AnyView>,
    /// The sources index (`view=sources`).
    pub sources_index: Option<fn() -> AnyView>,
}

impl ViewerParts {
    /// Every part: the app editors and presenters open.
    pub fn all() -> ViewerParts {
        ViewerParts {
            page_actions: Some(|| {
                view! {
                    <div class="page-actions">
                        <FileMenu />
                        <BriefingControls />
                        <EmbedDialog />
                    </div>
                }
                .into_any()
            }),
            handout_header: Some(|| view! { <HandoutHeader /> }.into_any()),
            presenter_view: Some(|| view! { <PresenterView /> }.into_any()),
            slide_show: Some(|| view! { <SlideShow /> }.into_any()),
            sources_index: Some(|| view! { <SourcesIndex /> }.into_any()),
        }
    }

    /// The parts the viewer was given, or none (the reader's build).
    pub fn in_context() -> ViewerParts {
        use_context::<ViewerParts>().unwrap_or_default()
    }
}
