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
