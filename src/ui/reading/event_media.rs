//! An event's media: an image shown lazily and without a referrer, its caption and credit
//! beside it; any other kind as a link card. No third-party player or script is loaded.

use leptos::prelude::*;

use crate::chronology::{host_of, Media, MediaKind};
use crate::ui::state::use_text;

/// The media of an event, as a figure.
#[component]
pub fn EventMedia(
    /// What to show.
    media: Media,
) -> impl IntoView {
    let text = use_text();
    let url = media.url.as_str().to_owned();
    let credit = (!media.credit.is_empty())
        .then(|| view! { <span class="media-credit">{(text.media_credit)(&media.credit)}</span> });
    let caption = (!media.caption.is_empty())
        .then(|| view! { <span class="media-caption">{media.caption.clone()}</span> });
    let shown = if media.kind == MediaKind::Image {
        view! {
            <img class="media-image" src=url alt=media.alt.clone() loading="lazy"
                decoding="async" referrerpolicy="no-referrer" />
        }
        .into_any()
    } else {
        let kind = match media.kind {
            MediaKind::Video => text.media_video,
            MediaKind::Audio => text.media_audio,
            MediaKind::Document => text.media_document,
            MediaKind::Image | MediaKind::Link => text.media_link,
        };
        let site = host_of(&url).unwrap_or_default();
        view! {
            <a class="media-link" href=url target="_blank" rel="noopener noreferrer"
                referrerpolicy="no-referrer">
                <span class="media-kind">{kind}</span>
                " " <span class="media-site">{site}</span>
                " ↗"
            </a>
        }
        .into_any()
    };
    view! {
        <figure class="event-media" data-testid="event-media">
            {shown}
            {(caption.is_some() || credit.is_some()).then(|| view! {
                <figcaption>{caption} " " {credit}</figcaption>
            })}
        </figure>
    }
}
