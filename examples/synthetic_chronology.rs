//! Writes a synthetic chronology of N events (fixed seed) in the event format, for benchmarks,
//! in the shapes editors' data has:
//! `cargo run --release --example synthetic_chronology -- 10000 [shape] [seed] > bench.json`
//!
//! Shapes: `shared` (200 sources cited at random; the default), `own` (each event cites its
//! own dated, quoted source), `shared50` (50 sources), `one` (every event cites one wire
//! story), `longtext` (every event cites one source whose text is 1 MB, the quote once in
//! its middle).

use std::process::ExitCode;

use chronoline::chronology::{
    parse_chronology, Chronology, DocumentInfo, EventDate, Figure, FigureValue, Lane, Quote,
    Source, TimelineEvent, MAX_EVENTS,
};

/// xorshift64: small, deterministic, good enough to scatter events.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() -> ExitCode {
    let Some(count) = std::env::args()
        .nth(1)
        .and_then(|n| n.parse::<usize>().ok())
    else {
        eprintln!("usage: synthetic_chronology <number of events> [shared|own|shared50|one|longtext] [seed]");
        return ExitCode::FAILURE;
    };
    let shape = std::env::args().nth(2).unwrap_or_else(|| "shared".into());
    let source_count = match shape.as_str() {
        "shared" => 200,
        "own" => count,
        "shared50" => 50,
        "one" | "longtext" => 1,
        other => {
            eprintln!("unknown shape {other:?}");
            return ExitCode::FAILURE;
        }
    };
    let seed = std::env::args()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_250_626);
    let mut random = Random(seed | 1);
    let lanes = Lane::defaults();
    let first_day = 19_047; // 2022-02-24
    let days = 1_542; // to 2026-05-15
    let quote = "Both sides confirmed the exchange of prisoners on the same day";
    let long_text = (shape == "longtext").then(|| {
        let paragraph = "Officials on both sides described the talks at length, and reporters \
                         on the ground gave their own accounts of what had been agreed.\n\n";
        let half = paragraph.repeat(1 << 19 >> 7);
        format!("{half}{quote}.\n\n{half}")
    });
    let sources: Vec<Source> = (0..source_count)
        .map(|i| Source {
            id: format!("src-{i}"),
            publisher: format!("Publisher {}", i % 37),
            title: format!("Report number {i}"),
            title_inferred: false,
            url: chronoline::chronology::SafeUrl::parse(&format!("https://example.org/report/{i}"))
                .ok(),
            published: EventDate::parse("2025-01-01").ok(),
            updated: None,
            published_note: String::new(),
            quote: (shape != "shared").then(|| Quote {
                exact: quote.into(),
                prefix: String::new(),
                suffix: String::new(),
            }),
            text: long_text.as_deref().map(Into::into),
            passages: Default::default(),
            kind: Default::default(),
        })
        .collect();
    let events = (0..count)
        .map(|i| {
            let day = first_day + random.below(days) as i64;
            let start = if random.below(20) == 0 {
                let date = EventDate::from_days(day);
                EventDate::parse(&date.to_string()[..7]).unwrap_or(date)
            } else {
                EventDate::from_days(day)
            };
            let end = (random.below(12) == 0)
                .then(|| EventDate::from_days(day + 1 + random.below(30) as i64));
            let lane = &lanes[random.below(lanes.len() as u64) as usize];
            TimelineEvent {
                id: format!("syn-{i}"),
                start,
                end,
                approximate: random.below(30) == 0,
                date_as_reported: None,
                lane: lane.id.clone(),
                title: format!(
                    "Synthetic {} event {i} near place {}",
                    lane.id,
                    random.below(500)
                ),
                summary: format!("Generated event {i} for benchmarking; seed {seed}."),
                tags: vec![format!("tag-{}", random.below(12))],
                location: None,
                extras: None,
                figures: vec![Figure {
                    label: "People".into(),
                    value: Some(if random.below(4) == 0 {
                        FigureValue::Undisclosed
                    } else {
                        FigureValue::Number(random.below(1000) as f64)
                    }),
                    unit: None,
                    claimed_by: Some("both sides".into()),
                }],
                claim: None,
                sources: vec![format!(
                    "src-{}",
                    if shape == "own" {
                        i as u64
                    } else {
                        random.below(source_count as u64)
                    }
                )],
                confidence: None,
                notes: String::new(),
            }
        })
        .collect();
    let chronology = Chronology::new(
        DocumentInfo {
            title: format!("Synthetic chronology, {count} events ({shape})"),
            ..DocumentInfo::default()
        },
        lanes,
        sources,
        events,
    );
    let Ok(json) = serde_json::to_string(&chronology) else {
        eprintln!("could not serialize");
        return ExitCode::FAILURE;
    };
    match parse_chronology(&json) {
        // Beyond MAX_EVENTS the viewer keeps the first ones and says so.
        Ok(report) if report.chronology.events.len() == count.min(MAX_EVENTS) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("the generated chronology does not load cleanly");
            ExitCode::FAILURE
        }
    }
}
