//! Where the reader is, kept across a live update: the first event card of the list in view
//! and its distance from the top of the window, and the mark, link or button that had the
//! focus. Both are put back once the views are drawn again, so new events do not push what
//! the reader is reading down the page, nor take the focus away.

use wasm_bindgen::JsCast;

use crate::ui::browser::focus::focus_after_frame;
use crate::ui::browser::{document, window};

/// Where the reader was.
pub struct ReadingPlace {
    /// The id of the first card in view, and its top.
    card: Option<(String, f64)>,
    /// What had the focus.
    focus: Option<Focused>,
}

/// What had the focus, found again by what it shows rather than by the element.
enum Focused {
    /// The timeline's mark of this event.
    Mark(String),
    /// The card with this id, and which of its links and buttons.
    InCard(String, u32),
}

/// What can hold the focus in a card.
const FOCUSABLE: &str = "a[href], button";

/// Where the reader is now.
pub fn reading_place() -> Option<ReadingPlace> {
    let document = document()?;
    let card = first_card_in_view(&document);
    let focus = document.active_element().and_then(|active| {
        if let Some(id) = active
            .class_list()
            .contains("mark")
            .then(|| active.get_attribute("data-event"))
            .flatten()
        {
            return Some(Focused::Mark(id));
        }
        let card = active.closest(".event-card").ok().flatten()?;
        let controls = card.query_selector_all(FOCUSABLE).ok()?;
        let index = (0..controls.length()).find(|&index| {
            controls
                .item(index)
                .is_some_and(|control| control.is_same_node(Some(&active)))
        })?;
        Some(Focused::InCard(card.id(), index))
    });
    Some(ReadingPlace { card, focus })
}

/// The first event card of the list whose bottom is below the top of what scrolls it (the
/// window, or the list itself where it scrolls inside an embed): its id and top (none when
/// the list is not shown).
fn first_card_in_view(document: &web_sys::Document) -> Option<(String, f64)> {
    let cards = document
        .query_selector_all(".chronology-list .event-card")
        .ok()?;
    let card = |index: u32| -> Option<web_sys::Element> { cards.item(index)?.dyn_into().ok() };
    let view_top =
        scrolling_list(document).map_or(0.0, |list| list.get_bounding_client_rect().top());
    // Cards are in page order: halve the list to the first one still in view.
    let (mut low, mut high) = (0, cards.length());
    while low < high {
        let middle = low + (high - low) / 2;
        if card(middle)?.get_bounding_client_rect().bottom() > view_top {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    let element = card(low)?;
    Some((element.id(), element.get_bounding_client_rect().top()))
}

/// The list, when it scrolls on its own (in an embed, where it has a height of its own).
fn scrolling_list(document: &web_sys::Document) -> Option<web_sys::Element> {
    document
        .query_selector(".chronology-list")
        .ok()
        .flatten()
        .filter(|list| list.scroll_height() > list.client_height())
}

/// Scrolls so that the card of `place` is where it was, once the views have been drawn
/// again (before the browser paints them), and gives the focus back.
pub fn restore_reading_place(place: ReadingPlace) {
    focus_after_frame(move || {
        let document = document()?;
        if let Some((id, top)) = &place.card {
            if let Some(card) = document.get_element_by_id(id) {
                let moved = card.get_bounding_client_rect().top() - top;
                if moved.abs() >= 1.0 {
                    match scrolling_list(&document) {
                        Some(list) => list.set_scroll_top(list.scroll_top() + moved.round() as i32),
                        None => window()?.scroll_by_with_x_and_y(0.0, moved),
                    }
                }
            }
        }
        match place.focus? {
            Focused::Mark(id) => {
                let marks = document.query_selector_all(".marks .mark.event").ok()?;
                (0..marks.length())
                    .filter_map(|index| marks.item(index)?.dyn_into::<web_sys::Element>().ok())
                    .find(|mark| mark.get_attribute("data-event").as_deref() == Some(&id))
            }
            Focused::InCard(id, index) => document
                .get_element_by_id(&id)?
                .query_selector_all(FOCUSABLE)
                .ok()?
                .item(index)?
                .dyn_into()
                .ok(),
        }
    });
}
