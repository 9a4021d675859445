//! The document tools, run in a web worker that the app starts when an editor opens a file:
//! recognising and converting other formats ([`chronoline::import`]). Their code stays out of
//! the page's wasm, and their work off its thread.

/// Converts a file named `name` for the page: a [`chronoline::import::ConvertedFile`] as JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn convert_file(name: &str, bytes: Vec<u8>) -> String {
    let converted = chronoline::import::ConvertedFile::of(name, bytes);
    serde_json::to_string(&converted).unwrap_or_default()
}

fn main() {}
