#!/usr/bin/env bash
# Benchmarks the release build on synthetic chronologies (fixed seed) in headless Chromium.
# Not a test: it prints tables (docs/benchmark.md records the latest figures): the
# interactive timeline at 1,000 / 10,000 / 100,000 events, the shapes editors' data has
# (one source per event, one source cited by thousands, a 1 MB source text, a million events),
# and first render of the bundled chronology against vis-timeline 8.5 with the shipped bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh
mkdir -p target/bench-data
generate() { # <events> <shape> <file name>
  [ -s "target/bench-data/$3.json" ] ||
    cargo run --quiet --release --example synthetic_chronology -- "$1" "$2" > "target/bench-data/$3.json"
}
IFS=',' read -ra sizes <<< "${BENCH_SIZES:-1000,10000,100000}"
for count in "${sizes[@]}"; do
  generate "$count" shared "$count"
done
generate 100000 own 100000-own
generate 100000 shared50 100000-shared50
generate 5000 one 5000-one
generate 300 longtext 300-longtext
[ -n "${BENCH_SKIP_MILLION:-}" ] || generate 1000000 shared 1000000-shared
node bench/timeline.mjs
node bench/shapes.mjs
node bench/live.mjs
# vis-timeline, only for the comparison: its own bench/package.json, never installed by setup
# or the tests. npm ci only when bench/node_modules is missing or older than the lockfile.
[ bench/node_modules/.package-lock.json -nt bench/package-lock.json ] || npm ci --prefix bench --no-audit --no-fund
node bench/compare.mjs
