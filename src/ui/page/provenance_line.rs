//! Where the chronology on screen came from, whenever it is not the deployment's own bundled
//! file: a persistent line in the app, embeds, slides and the handout, so that no page
//! presents somebody else's chronology as its own.

use leptos::prelude::*;

use crate::chronology::DataAddress;
use crate::ui::state::use_text;

/// Where the loaded document came from; `None` for the deployment's bundled chronology.
#[derive(Clone, Debug)]
pub struct Provenance(pub Option<DataAddress>);

/// "Chronology loaded from data.example.org/war.json — not published by this site", or
/// nothing for the bundled chronology.
#[component]
pub fn ProvenanceLine() -> impl IntoView {
    let text = use_text();
    let address = use_context::<Provenance>().and_then(|provenance| provenance.0)?;
    let foreign = !address.same_origin();
    Some(view! {
        <p class="provenance" class:foreign=foreign data-testid="provenance">
            {text.data_from} " " <strong class="provenance-address">{address.host_and_path()}</strong>
            {foreign.then(|| view! { " — " {text.not_published_here} })}
        </p>
    })
}
