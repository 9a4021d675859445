#!/usr/bin/env bash
# Builds the app in release mode and serves it with the bundled chronology.
# PORT=9000 scripts/serve.sh serves on another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo
echo "Chronoline: building the release (the app and the reader's build for embeds)…"
scripts/build.sh
exec node scripts/serve.mjs "$port"
