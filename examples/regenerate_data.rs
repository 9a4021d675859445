//! Regenerates `data/chronology.json` from `data/chronology.csv` and the seed article, and
//! the facts the page's first paint draws from it (`data/chronology.first-paint.json`).
//! Run with `cargo run --example regenerate_data`.

use std::{fs, path::Path, process::ExitCode};

use chronoline::chronology::FirstPaintFacts;

fn main() -> ExitCode {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let read = |name: &str| fs::read_to_string(data.join(name)).map_err(|e| format!("{name}: {e}"));
    let result = read("chronology.csv")
        .and_then(|csv| Ok((csv, read("seed/afp-2025-06-27-forum-post.txt")?)))
        .and_then(|(csv, seed)| chronoline::import::bundled_chronology(&csv, &seed))
        .and_then(|chronology| serde_json::to_string_pretty(&chronology).map_err(|e| e.to_string()))
        .and_then(|json| {
            let json = json + "\n";
            let facts = FirstPaintFacts::of(&json).map_err(|e| e.to_string())?;
            fs::write(data.join("chronology.json"), json).map_err(|e| e.to_string())?;
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
