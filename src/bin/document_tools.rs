//! The document tools, run in a web worker that the app starts when an editor opens a file
//! or exports: recognising and converting other formats ([`chronoline::import`]) and writing
//! them ([`chronoline::export`]). Their code stays out of the page's wasm, and their work off
//! its thread.

/// Converts a file named `name` for the page: a [`chronoline::import::ConvertedFile`] as JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn convert_file(name: &str, bytes: Vec<u8>) -> String {
    let converted = chronoline::import::ConvertedFile::of(name, bytes);
    serde_json::to_string(&converted).unwrap_or_default()
}

/// Writes an event-format `document` (the chronology on screen) as `format`: `csv` (this
/// project's sheet), `ics` (iCalendar, made at `stamp`) or `md` (a Markdown brief), with the
/// texts the data gives in several languages in `language`, the reader's (these formats
/// hold one language).
///
/// # Errors
/// Why not, as a message: an unknown format, or a document the reader refuses.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn export_document(
    format: &str,
    document: &str,
    stamp: &str,
    language: &str,
) -> Result<String, String> {
    use chronoline::chronology::Language;
    use chronoline::export;
    let mut chronology = chronoline::chronology::parse_chronology(document)
        .map_err(|error| error.to_string())?
        .chronology;
    chronology.show_in(Language::from_tag(language).unwrap_or_default());
    match format {
        "csv" => Ok(export::chronology_sheet_csv(&chronology)),
        "ics" => Ok(export::icalendar(&chronology, stamp)),
        "md" => Ok(export::markdown_brief(&chronology)),
        other => Err(format!("no export to {other}")),
    }
}

fn main() {}
