//! The language menu: the interface's languages, each named in itself, as links to the same
//! view in that language (`?lang=`), so a reader can switch, bookmark or share it.

use leptos::prelude::*;

use crate::chronology::with_query_value;
use crate::ui::browser::url::{open_query, page_query};
use crate::ui::state::use_text;
use crate::ui::strings::LANGUAGES;

/// Links to this view in each language; the current one is marked for assistive technology.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let text = use_text();
    let links = LANGUAGES
        .iter()
        .map(|language| {
            let tag = language.language.as_str();
            let current = language.language == text.language;
            // Followed with the address as it is then, so the view the reader has made since
            // the page opened (event, filters, range) comes along.
            let follow = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                open_query(&with_query_value(&page_query(), "lang", tag));
            };
            view! {
                <li>
                    <a href=with_query_value(&page_query(), "lang", tag) hreflang=tag lang=tag
                        aria-current=current.then_some("true") on:click=follow>
                        {language.own_name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-menu" aria-label=text.language_menu data-testid="language-menu">
            <ul>{links}</ul>
        </nav>
    }
}
