#!/usr/bin/env bash
# Benchmarks the release build on synthetic chronologies (fixed seed) in headless Chromium.
# Not a test: it prints a table (docs/benchmark.md records the latest figures).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --skip-version-check
mkdir -p target/bench-data
IFS=',' read -ra sizes <<< "${BENCH_SIZES:-1000,10000,100000}"
for count in "${sizes[@]}"; do
  [ -s "target/bench-data/$count.json" ] ||
    cargo run --quiet --release --example synthetic_chronology -- "$count" > "target/bench-data/$count.json"
done
node bench/timeline.mjs
