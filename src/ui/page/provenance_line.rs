//! Where the chronology on screen came from, whenever it is not the deployment's own bundled
//! file: a persistent line in the app, embeds, slides and the handout, so that no page
//! presents somebody else's chronology, or a file an editor opened, as its own.

use leptos::prelude::*;

use crate::chronology::DataAddress;
use crate::ui::state::use_text;

/// Where the loaded document came from.
#[derive(Clone, Debug)]
pub enum Provenance {
    /// The deployment's own bundled chronology.
    Bundled,
    /// A document fetched from an address (`?data=`).
    Web(DataAddress),
    /// A file the editor opened in the browser, by its name.
    File(String),
    /// Text the editor pasted.
    Pasted,
}

/// "Chronology loaded from data.example.org/war.json — not published by this site", "Opened
/// from the file swaps.csv — not published by this site", or nothing for the bundled
/// chronology.
#[component]
pub fn ProvenanceLine() -> impl IntoView {
    let text = use_text();
    let (before, place, foreign) = match use_context::<Provenance>()? {
        Provenance::Bundled => return None,
        Provenance::Web(address) => (
            text.data_from,
            address.host_and_path(),
            !address.same_origin(),
        ),
        Provenance::File(name) => (text.opened_from_file, name, true),
        Provenance::Pasted => (text.pasted_here, String::new(), true),
    };
    Some(view! {
        <p class="provenance" class:foreign=foreign data-testid="provenance">
            {before}
            {(!place.is_empty()).then(|| view! { " " <strong class="provenance-address">{place}</strong> })}
            {foreign.then(|| view! { " — " {text.not_published_here} })}
        </p>
    })
}
