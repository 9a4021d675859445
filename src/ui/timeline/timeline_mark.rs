//! One mark of the timeline: an event (point, range or soft span) or a cluster with its
//! count.
//!
//! A mark's element is static: its position is CSS arithmetic on custom properties
//! (`--t`, its start in days since the data's start) against the view's `--view-start` and
//! `--ppd` (pixels per day), set once on the marks layer from `TimeScale::layer_position`. Panning and zooming change two
//! properties instead of touching every mark, and marks subscribe to no signal, so creating
//! and dropping them stays cheap. Whatever else changes how a mark looks is part of its
//! [`MarkKey`], so the mark is rebuilt when it changes.

use leptos::prelude::*;

use crate::chronology::{
    decimal, lane_class, DatePrecision, EventDate, EventStanding, Mark, MarkId, MarkSizes, Moment,
};
use crate::ui::state::{use_text, use_viewer};

/// What makes a mark look the way it does, beyond its position: the events it stands for,
/// whether it has a label, is drawn as a bar or is selected, and its top. (The tab stop is
/// not part of it: focusing a mark moves the tab stop, and rebuilding the mark between a
/// press and its release would swallow the click.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MarkKey {
    /// The events it stands for.
    pub id: MarkId,
    /// Drawn as a bar.
    pub bar: bool,
    /// Shows its label.
    pub labelled: bool,
    /// Is the selected event.
    pub selected: bool,
    /// Top of its row, in whole pixels.
    pub top_px: i64,
    /// Which events it stands for and how they stand (see [`PlacedMark::new`]): a live
    /// update moves events to other positions, and may mark them new, corrected or gone.
    pub identity: u64,
}

/// A mark placed for drawing: the layout's mark, its key and its vertical position.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    /// The mark from the layout.
    pub mark: Mark,
    /// Its key (see [`MarkKey`]).
    pub key: MarkKey,
    /// Top of its row, in pixels.
    pub top: f64,
    /// Drawn as a bar (a lasting event or a soft month/year date wide enough to show).
    pub bar: bool,
    /// Has room for its label.
    pub labelled: bool,
    /// Is the selected event.
    pub selected: bool,
}

impl PlacedMark {
    /// Places `mark` at `top` and decides its look: a bar or a point, labelled or not.
    /// `identity` names the events it stands for and how they stand (a hash), so a mark is
    /// rebuilt when a live update changes them and kept when it does not.
    pub fn new(mark: Mark, top: f64, may_be_bar: bool, selected: bool, identity: u64) -> Self {
        let (bar, labelled) = match mark {
            Mark::Event { x, x_end, room, .. } => {
                let bar = may_be_bar && x_end - x > 8.0;
                let room = if bar { x_end - x } else { room };
                (bar, MarkSizes::default().shows_label(room))
            }
            Mark::Cluster { .. } => (false, true),
        };
        PlacedMark {
            key: MarkKey {
                id: mark.id(),
                bar,
                labelled,
                selected,
                top_px: top.round() as i64,
                identity,
            },
            mark,
            top,
            bar,
            labelled,
            selected,
        }
    }
}

/// Days from `origin` to `moment`, as CSS positions marks.
fn days_since(origin: Moment, moment: Moment) -> String {
    decimal(moment.days_since(origin), 6)
}

/// A mark as a button: Enter or a click opens the event or zooms into the cluster.
#[component]
pub fn TimelineMark(
    /// What to draw, and how.
    placed: PlacedMark,
    /// The moment positions are measured from (the data's start).
    origin: Moment,
    /// The mark that holds the tab stop.
    tab_stop: Memo<Option<MarkId>>,
    /// The event that holds the keyboard focus, set when this mark gets focus.
    active: RwSignal<Option<usize>>,
    /// Called on click or Enter.
    on_activate: Callback<Mark>,
) -> impl IntoView {
    let text = use_text();
    let viewer = use_viewer();
    let PlacedMark {
        mark,
        top,
        bar,
        labelled,
        selected,
        ..
    } = placed;
    let (lane, _) = mark.lane_row();
    let lane_class = lane_class(lane);
    let own_id = mark.id();
    let tabindex = move || {
        if tab_stop.get() == Some(own_id) {
            "0"
        } else {
            "-1"
        }
    };
    let top = format!("{}px", decimal(top, 1));
    let activate = {
        let mark = mark.clone();
        move |_| on_activate.run(mark.clone())
    };

    match mark {
        Mark::Event {
            event,
            start,
            end,
            next,
            ..
        } => {
            let Some(item) = viewer
                .chronology
                .with_untracked(|c| c.events.get(event).cloned())
            else {
                return ().into_any();
            };
            let lane_label = viewer.chronology.with_untracked(|c| {
                c.lanes
                    .get(lane)
                    .map_or_else(|| item.lane.clone(), |l| l.label.clone())
            });
            let soft = matches!(
                item.start.precision(),
                DatePrecision::Year | DatePrecision::Month
            );
            let date = item.reported_date(&text.calendar);
            let contested = item.claim.as_ref().is_some_and(|c| c.is_contested());
            let (is_new, corrected) = viewer.changes.with_untracked(|changes| {
                (
                    changes.is_new(&item.id),
                    !changes.corrections_of(&item.id).is_empty(),
                )
            });
            let standing = item.standing().clone();
            let room_until = next.map_or_else(|| "1e9".to_owned(), |next| days_since(origin, next));
            view! {
                <button
                    type="button"
                    class=format!("mark event {lane_class}")
                    class:soft=soft
                    class:approx=item.approximate
                    class:contested=contested
                    class:is-new=is_new
                    class:corrected=corrected
                    class:withdrawn=matches!(standing, EventStanding::Withdrawn { .. })
                    class:removed=standing == EventStanding::Removed
                    class:range=bar
                    class:selected=selected
                    class:no-label=!labelled
                    id=format!("mark-{event}")
                    data-event=item.id.clone()
                    tabindex=tabindex
                    aria-label=format!("{date}, {lane_label}: {}", item.title)
                    aria-pressed=selected.to_string()
                    style:--t=days_since(origin, start)
                    style:--d=days_since(start, end)
                    style:--next=room_until
                    style:top=top
                    on:click=activate
                    on:focus=move |_| active.set(Some(event))
                >
                    <span class="mark-shape" aria-hidden="true"></span>
                    <span class="mark-label" aria-hidden="true">{item.title.clone()}</span>
                </button>
            }
            .into_any()
        }
        Mark::Cluster {
            count,
            first,
            last,
            end,
            first_event,
            ..
        } => {
            let day = |moment| EventDate::day_of(moment).to_human(&text.calendar);
            view! {
                <button
                    type="button"
                    class=format!("mark cluster {lane_class}")
                    tabindex=tabindex
                    aria-label=(text.cluster_label)(count, &day(first), &day(last))
                    style:--t=days_since(origin, first)
                    style:--d=days_since(first, end)
                    style:top=top
                    on:click=activate
                    on:focus=move |_| active.set(Some(first_event))
                >
                    {count}
                </button>
            }
            .into_any()
        }
    }
}
