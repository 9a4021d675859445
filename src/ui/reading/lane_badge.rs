//! A lane's label with its colour and shape, so lanes never rely on colour alone.

use leptos::prelude::*;

/// The number of distinct lane shapes and colours; lanes beyond repeat them.
pub const LANE_STYLES: usize = 6;

/// The lane's shape (as an inline SVG) and label. `index` is the lane's position in the
/// document, which picks both the `--lane-N` colour and the shape.
#[component]
pub fn LaneBadge(
    /// Position of the lane in the document's lane list.
    index: usize,
    /// The lane's label.
    label: String,
) -> impl IntoView {
    let style = index % LANE_STYLES;
    let shape = match style {
        0 => view! { <circle cx="6" cy="6" r="5" /> }.into_any(),
        1 => view! { <rect x="1.5" y="1.5" width="9" height="9" /> }.into_any(),
        2 => view! { <polygon points="6,0.5 11.5,6 6,11.5 0.5,6" /> }.into_any(),
        3 => view! { <polygon points="6,0.8 11.5,11 0.5,11" /> }.into_any(),
        4 => view! { <polygon points="3,1 9,1 11.5,6 9,11 3,11 0.5,6" /> }.into_any(),
        _ => view! { <polygon points="6,11.2 11.5,1 0.5,1" /> }.into_any(),
    };
    view! {
        <span class=format!("lane-badge lane-{style}")>
            <svg class="lane-shape" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                {shape}
            </svg>
            {label}
        </span>
    }
}
