//! A lane's label with its colour and shape, so lanes never rely on colour alone.

use leptos::prelude::*;

use crate::chronology::lane_class;

/// The lane's shape and label. `index` is the lane's position in the document, which picks
/// its look (see `style/lanes.css`).
#[component]
pub fn LaneBadge(
    /// Position of the lane in the document's lane list.
    index: usize,
    /// The lane's label.
    label: String,
    /// The label's language, when it is not the interface's.
    #[prop(default = None)]
    lang: Option<String>,
) -> impl IntoView {
    view! {
        <span class=format!("lane-badge {}", lane_class(index)) lang=lang>
            <span class="lane-shape" aria-hidden="true"></span>
            {label}
        </span>
    }
}
