#!/usr/bin/env bash
# Where the wasm's bytes are: builds the release wasm, optimises it as the release build does
# but keeps function names, and prints sizes by crate and by module of ours (bench/
# wasm_breakdown.py). A measurement, not a test; installs twiggy from crates.io if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
command -v twiggy >/dev/null || cargo install --locked twiggy
cargo build --release --target wasm32-unknown-unknown --bin chronoline
work=$(mktemp -d)
wasm-bindgen --target web --keep-debug --out-dir "$work" target/wasm32-unknown-unknown/release/chronoline.wasm
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)
wasm-opt -Oz --debuginfo "${features[@]}" "$work/chronoline_bg.wasm" -o "$work/named.wasm"
wasm-opt -Oz --strip-debug "${features[@]}" "$work/chronoline_bg.wasm" -o "$work/shipped.wasm"
twiggy top -n 1000000 -f csv "$work/named.wasm" > "$work/top.csv"
python3 bench/wasm_breakdown.py "$work/top.csv" "$(gzip -9c "$work/shipped.wasm" | wc -c)"
