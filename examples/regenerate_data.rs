//! Regenerates `data/chronology.json` from `data/chronology.csv`, the seed article and
//! `data/translations.csv`, and
//! the facts the page's first paint draws from it (`data/chronology.first-paint.json`).
//! Run with `cargo run --example regenerate_data`.

use std::{fs, path::Path, process::ExitCode};

use chronoline::chronology::FirstPaintFacts;

fn main() -> ExitCode {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let read = |name: &str| fs::read_to_string(data.join(name)).map_err(|e| format!("{name}: {e}"));
    let result = read("chronology.csv")
        .and_then(|csv| Ok((csv, read("seed/afp-2025-06-27-forum-post.txt")?)))
        .and_then(|(csv, seed)| Ok((csv, seed, read("translations.csv")?)))
        .and_then(|(csv, seed, translations)| {
            chronoline::import::bundled_chronology(&csv, &seed, &translations)
        })
        .map(|chronology| chronology.to_event_format())
        .and_then(|json| {
            let facts = FirstPaintFacts::of(&json).map_err(|e| e.to_string())?;
            fs::write(data.join("chronology.json"), json).map_err(|e| e.to_string())?;
            fs::write(
                data.join("chronology.first-paint-words.json"),
                chronoline::strings::first_paint_words(&facts),
            )
            .map_err(|error| error.to_string())?;
            fs::write(data.join("chronology.first-paint.json"), facts.to_json())
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(()) => {
            println!("wrote data/chronology.json and data/chronology.first-paint.json");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("could not regenerate the bundled chronology: {error}");
            ExitCode::FAILURE
        }
    }
}
