//! One event of the list: date, lane, headline, claim, summary, figures, place, sources.

use std::sync::Arc;

use leptos::prelude::*;

use crate::chronology::{
    cite_event, lane_class, Chronology, Claim, Confidence, EventStanding, Figure, FigureValue,
    Lane, TextField, TimelineEvent, ViewState,
};
use crate::ui::browser::url::{app_address, view_state_from_page};
use crate::ui::reading::copy_button::CopyButton;
use crate::ui::reading::event_media::EventMedia;
use crate::ui::reading::event_status::{session_marks, EventStatus};
use crate::ui::reading::lane_badge::LaneBadge;
use crate::ui::reading::source_citation::SourceCitation;
use crate::ui::state::{data_lang, use_text, Printing, ViewerState};
use crate::ui::strings::UiText;

/// An event as an `<article>`, with its sources behind a disclosure button.
#[component]
pub fn EventCard(
    /// The event to show.
    event: TimelineEvent,
    /// The chronology it belongs to, for its lane and sources.
    chronology: Arc<Chronology>,
    /// Shown in the detail panel: sources start open, and element ids get their own prefix.
    #[prop(optional)]
    in_panel: bool,
) -> impl IntoView {
    let text = use_text();
    let dom_id = format!(
        "{}event-{}",
        if in_panel { "detail-" } else { "" },
        event.id
    );
    let title_id = format!("{dom_id}-title");
    let labelled_by = title_id.clone();
    let sources_id = format!("{dom_id}-sources");
    let (lane_index, lane_label) = chronology.lane_badge(&event);
    let lane_label = lane_label.to_owned();
    let lane_lang = data_lang(
        chronology
            .lanes
            .get(lane_index)
            .and_then(Lane::shown_language),
    );
    let title_lang = data_lang(event.shown_language(TextField::Title));
    let date_text = event_date_text(&event, text);
    let source_count = event
        .sources
        .iter()
        .filter(|id| chronology.source(id).is_some())
        .count();
    let open = RwSignal::new(in_panel);
    let confidence = match event.confidence {
        Some(level @ Confidence::Medium) => Some((level, text.confidence_medium)),
        Some(level @ Confidence::Low) => Some((level, text.confidence_low)),
        _ => None,
    };
    let figures = figures_view(&event, text);
    let location = event.location.as_ref().map(|location| {
        view! {
            <p class="location">
                <span class="label">{text.location}</span>
                " "
                <span lang=data_lang(None)>{location.name.clone()}</span>
            </p>
        }
    });
    let summary = (!event.summary.is_empty()).then(|| {
        let lang = data_lang(event.shown_language(TextField::Summary));
        view! { <p class="summary" lang=lang>{event.summary.clone()}</p> }
    });
    let claim = event.claim.as_ref().map(|claim| claim_view(claim, text));
    // Sources, citation and notes are built when the reader opens them: a list of thousands
    // of cards citing one source must not build thousands of source views up front.
    let printing = use_context::<Printing>();
    let sources_view = {
        let event = event.clone();
        move || {
            let printing = printing.is_some_and(|Printing(printing)| printing.get());
            (open.get() || printing).then(|| sources_view(&event, &chronology, text))
        }
    };

    let (is_new, corrections) = session_marks(&event);
    let corrected = !corrections.is_empty();
    let standing = event.standing().clone();
    view! {
        <article
            class=format!("event-card {}", lane_class(lane_index))
            class:is-new=is_new
            class:corrected=corrected
            class:withdrawn=matches!(standing, EventStanding::Withdrawn { .. })
            class:removed=standing == EventStanding::Removed
            id=dom_id
            aria-labelledby=labelled_by
            data-testid="event-card"
        >
            <header class="event-meta">
                <time datetime=event.start.to_string()>{date_text}</time>
                <LaneBadge index=lane_index label=lane_label lang=lane_lang />
                {confidence.map(|(level, label)| view! {
                    <span class=format!("confidence {}", level.as_str())>{label}</span>
                })}
            </header>
            <h4 class="event-title" id=title_id lang=title_lang>{event.title.clone()}</h4>
            <EventStatus event=event.clone() is_new corrections in_panel />
            {claim}
            {summary}
            {event.media().cloned().map(|media| view! { <EventMedia media /> })}
            {figures}
            {location}
            {(source_count > 0).then(|| view! {
                <button
                    type="button"
                    class="sources-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=sources_id.clone()
                    on:click=move |_| open.update(|open| *open = !*open)
                >
                    <span class="chevron" aria-hidden="true"></span>
                    {(text.sources_count)(source_count)}
                </button>
                <div class="sources" id=sources_id.clone() hidden=move || !open.get()>
                    {sources_view.clone()}
                </div>
            })}
        </article>
    }
}

/// How many other events citing a source are named under it; the rest are counted.
const ALSO_CITED_SHOWN: usize = 10;

/// The event's sources (each with the first other events citing it), notes and "Cite".
fn sources_view(
    event: &TimelineEvent,
    chronology: &Chronology,
    text: &'static UiText,
) -> impl IntoView {
    let this = chronology.event_index(&event.id).map(|index| index as u32);
    let citations = event
        .sources
        .iter()
        .filter_map(|id| {
            let index = chronology.source_index(id)?;
            let citing = chronology.cited_by(index);
            // The other events this source reports, for the reader to follow.
            let also_cited_by: Vec<(String, String)> = citing
                .iter()
                .filter(|&&other| Some(other) != this)
                .take(ALSO_CITED_SHOWN)
                .filter_map(|&other| chronology.events.get(other as usize))
                .map(|other| {
                    (
                        other.id.clone(),
                        format!("{}: {}", other.start.to_human(&text.calendar), other.title),
                    )
                })
                .collect();
            let cites_this = this.is_some_and(|this| citing.binary_search(&this).is_ok());
            let also_cited_more = citing.len() - usize::from(cites_this) - also_cited_by.len();
            let source = chronology.sources[index].clone();
            Some(view! { <SourceCitation source also_cited_by also_cited_more /> })
        })
        .collect_view();
    let notes = (!event.notes.is_empty()).then(|| {
        view! {
            <p class="editor-notes">
                <strong>{text.notes}</strong>
                " "
                <span lang=data_lang(event.shown_language(TextField::Notes))>{event.notes.clone()}</span>
            </p>
        }
    });
    // The viewer knows its data address; a card shown elsewhere reads it from the page.
    let data = use_context::<ViewerState>().map_or_else(
        || view_state_from_page().data,
        |viewer| viewer.data_url.get_value(),
    );
    let permalink = format!(
        "{}{}",
        app_address(),
        ViewState::of_event(data, &event.id).to_query()
    );
    let citation = cite_event(event, chronology, &permalink, &text.calendar);
    view! {
        {citations}
        {notes}
        <CopyButton text=citation label=text.cite testid="cite" />
    }
}

/// The date as the reader should see it: as reported when the data says so, otherwise at
/// its precision, with the end of a range and an "approx." mark.
pub(crate) fn event_date_text(event: &TimelineEvent, text: &UiText) -> String {
    if let Some(reported) = &event.date_as_reported {
        return reported.clone();
    }
    let mut date = event.start.to_human(&text.calendar);
    if let Some(end) = event.end {
        date.push_str(text.date_range_separator);
        date.push_str(&end.to_human(&text.calendar));
    }
    if event.approximate {
        date = format!("{} {date}", text.approximately);
    }
    date
}

/// The event's figures side by side, each with who claimed it; nothing when it has none.
pub(crate) fn figures_view(event: &TimelineEvent, text: &UiText) -> Option<impl IntoView> {
    (!event.figures.is_empty()).then(|| {
        let items = event
            .figures
            .iter()
            .enumerate()
            .map(|(index, figure)| {
                let lang = data_lang(event.shown_language(TextField::FigureLabel(index)));
                figure_view(figure, lang, text)
            })
            .collect_view();
        view! { <ul class="figures">{items}</ul> }
    })
}

fn figure_view(figure: &Figure, lang: Option<String>, text: &UiText) -> impl IntoView {
    let value = figure.value.map(|value| match value {
        FigureValue::Undisclosed => {
            view! { <span class="figure-value undisclosed">{text.undisclosed}</span> }.into_any()
        }
        FigureValue::Number(number) => {
            let unit = figure.unit.clone().unwrap_or_default();
            view! { <span class="figure-value">{format_number(number, text.number)} " " {unit}</span> }
                .into_any()
        }
    });
    let claimant = figure.claimed_by.clone().map(|who| {
        view! {
            <span class="claimant">
                {text.according_to} " " <span class="claimant-name">{who}</span>
            </span>
        }
    });
    view! {
        <li class="figure">
            <span class="figure-label" lang=lang>{figure.label.clone()}</span>
            {value}
            {claimant}
        </li>
    }
}

pub(crate) fn claim_view(claim: &Claim, text: &UiText) -> impl IntoView {
    let mut parts = Vec::new();
    match &claim.claimed_by {
        Some(who) => parts.push(format!("{} {who}", text.claim_by)),
        None => parts.push(text.contested.to_owned()),
    }
    if let Some(who) = &claim.disputed_by {
        parts.push(format!("{} {who}", text.disputed_by));
    }
    let note = (!claim.note.is_empty()).then(|| claim.note.clone());
    view! {
        <p class="claim" class:contested=claim.is_contested() data-testid="claim">
            <strong>{parts.join(" · ")}</strong>
            {note.map(|note| view! { <span class="claim-note">" — " {note}</span> })}
        </p>
    }
}

/// A figure's number with the language's thousands separators: 1212 → "1,212", "1 212".
fn format_number(number: f64, grouped: fn(u64) -> String) -> String {
    if number.fract() != 0.0 || number.abs() >= 1e15 {
        // serde_json's shortest float printing, already in the binary, not core's.
        return serde_json::Number::from_f64(number).map_or_else(String::new, |n| n.to_string());
    }
    let digits = grouped(number.abs() as u64);
    if number < 0.0 {
        format!("-{digits}")
    } else {
        digits
    }
}
