//! Saving text the app made (an export) as a file on the reader's computer: a blob link
//! clicked once, then let go.

use wasm_bindgen::JsCast;

use super::document;

/// The browser would not make the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotSaved;

/// Offers `text` as a file named `name` of media type `mime`.
///
/// # Errors
/// When the browser refuses to make the file or the link.
pub fn save_text(name: &str, mime: &str, text: &str) -> Result<(), NotSaved> {
    let refused = |_| NotSaved;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let link = document()
        .and_then(|page| page.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or(NotSaved)?;
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
