//! How an event stands, on its card: new or corrected since the page opened, updated by its
//! editors (when, and what they corrected), withdrawn (why) or gone from the data — and, in
//! the detail panel, what a live update changed, old and new side by side.

use leptos::prelude::*;

use crate::chronology::{EventStanding, FieldChange, TimelineEvent};
use crate::ui::state::{use_text, ViewerState};

/// What live updates did to the event in this session: arrived, and its corrections.
pub(crate) fn session_marks(event: &TimelineEvent) -> (bool, Vec<FieldChange>) {
    use_context::<ViewerState>().map_or((false, Vec::new()), |viewer| {
        viewer.changes.with_untracked(|changes| {
            (
                changes.is_new(&event.id),
                changes.corrections_of(&event.id).to_vec(),
            )
        })
    })
}

/// The event's standing and corrections; nothing for an event as first published.
#[component]
pub fn EventStatus(
    /// The event.
    event: TimelineEvent,
    /// It arrived in a live update (from [`session_marks`]).
    is_new: bool,
    /// Its fields a live update corrected (from [`session_marks`]).
    corrections: Vec<FieldChange>,
    /// Shown in the detail panel, where what changed is set out in full.
    #[prop(optional)]
    in_panel: bool,
) -> impl IntoView {
    let text = use_text();
    let badges = (is_new || !corrections.is_empty()).then(|| {
        view! {
            <p class="live-badges">
                {is_new.then(|| view! { <span class="live-badge new" data-testid="new-badge">{text.new_event}</span> })}
                {(!corrections.is_empty()).then(|| view! {
                    <span class="live-badge corrected" data-testid="corrected-badge">{text.corrected}</span>
                })}
            </p>
        }
    });
    let standing = match event.standing() {
        EventStanding::Current => None,
        EventStanding::Withdrawn { reason } => {
            let line = if reason.is_empty() {
                text.withdrawn.to_owned()
            } else {
                format!("{}: {reason}", text.withdrawn)
            };
            Some(view! { <p class="standing withdrawn" data-testid="withdrawn">{line}</p> })
        }
        EventStanding::Removed => Some(view! {
            <p class="standing removed" data-testid="removed">{text.removed_from_data}</p>
        }),
    };
    let updated = event.updated().map(|updated| {
        let correction = event.correction().to_owned();
        view! {
            <p class="event-updated" data-testid="event-updated">
                {(text.updated_on)(&updated.to_human(&text.calendar))}
                {(!correction.is_empty()).then(|| view! {
                    ". " <span class="correction">{correction}</span>
                })}
            </p>
        }
    });
    let changed = (in_panel && !corrections.is_empty()).then(|| {
        let rows = corrections
            .into_iter()
            .map(|change| {
                view! {
                    <tr data-field=change.field>
                        <th scope="row">{(text.field_name)(change.field)}</th>
                        <td class="before"><del>{change.before}</del></td>
                        <td class="after"><ins>{change.after}</ins></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="what-changed" data-testid="what-changed">
                <h5>{text.what_changed}</h5>
                <table>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{text.before_change}</th>
                            <th scope="col">{text.after_change}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    view! { {badges} {standing} {updated} {changed} }
}
