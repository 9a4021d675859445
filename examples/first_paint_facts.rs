//! Writes `data/chronology.first-paint.json`: what the page's first paint needs to know about
//! `data/chronology.json` (see `FirstPaintFacts`). Run it after changing the bundled
//! chronology by hand: `cargo run --example first_paint_facts` (`regenerate_data` runs it
//! too). Until then the build draws only the title and description before the app loads.

use std::{fs, path::Path, process::ExitCode};

use chronoline::chronology::FirstPaintFacts;

fn main() -> ExitCode {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let result = fs::read_to_string(data.join("chronology.json"))
        .map_err(|error| format!("chronology.json: {error}"))
        .and_then(|json| FirstPaintFacts::of(&json).map_err(|error| error.to_string()))
        .and_then(|facts| {
            fs::write(
                data.join("chronology.first-paint-words.json"),
                chronoline::strings::first_paint_words(&facts),
            )
            .map_err(|error| error.to_string())?;
            fs::write(data.join("chronology.first-paint.json"), facts.to_json())
                .map_err(|error| error.to_string())
        });
    match result {
        Ok(()) => {
            println!("wrote data/chronology.first-paint.json and its words");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("could not write the first paint's facts: {error}");
            ExitCode::FAILURE
        }
    }
}
