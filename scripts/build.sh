#!/usr/bin/env bash
# Builds the release into dist/: the app (index.html) and, beside it, the reader's build
# (embed.html), which an article's embeds load: the same viewer without the editor's and
# presenter's tools (the `chronoline-reader` binary), so readers download less.
# Trunk builds one page per run, so the reader's page is made from index.html (only the
# binary and the briefing stylesheet differ), built into a folder of its own, and its files
# join dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --skip-version-check
# The reader's page has no slides or handout, so it leaves their stylesheet out too.
sed -e 's/data-bin="chronoline"/data-bin="chronoline-reader"/' -e '/href="style\/briefing.css"/d' index.html > embed.html
grep -q 'data-bin="chronoline-reader"' embed.html || { echo "build: index.html names no chronoline binary" >&2; exit 1; }
trunk build --release --skip-version-check embed.html --html-output embed.html --dist target/dist-reader
cp target/dist-reader/embed.html target/dist-reader/chronoline-reader-* target/dist-reader/loader-*.js \
  target/dist-reader/first-paint-*.js target/dist-reader/style-*.css dist/
# The sheet template editors download (docs/authoring.md).
cp data/chronology-template.csv dist/
# The document tools (importers and exporters), which the app starts in a web worker when an editor opens a
# file: built and optimised here, as Trunk builds only a page's own binary, into a folder named
# by their content hash, and named to the app by a meta element in index.html.
cargo build --release --target wasm32-unknown-unknown --bin chronoline-tools
tools=target/document-tools
rm -rf "$tools" && mkdir -p "$tools"
wasm-bindgen --target web --no-typescript --out-dir "$tools" target/wasm32-unknown-unknown/release/chronoline-tools.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$tools/chronoline-tools_bg.wasm" -o "$tools/chronoline-tools_bg.wasm"
cp scripts/document-tools-worker.js "$tools/document-tools.js"
hash=$(cat "$tools"/* | sha256sum | cut -c1-16)
rm -rf dist/tools-*
cp -r "$tools" "dist/tools-$hash"
sed -i "s#</head>#<meta name=\"chronoline:document-tools\" content=\"tools-$hash/document-tools.js\"></head>#" dist/index.html
grep -q "chronoline:document-tools" dist/index.html || { echo "build: index.html has no </head>" >&2; exit 1; }
