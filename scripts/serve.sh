#!/usr/bin/env bash
# Builds the app in release mode and serves it with the bundled chronology.
# PORT=9000 scripts/serve.sh serves on another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo
echo "Chronoline: building, then serving the bundled chronology at http://127.0.0.1:$port/"
echo "An example news article with two embeds: http://127.0.0.1:$port/newsroom/"
echo "(press Ctrl+C to stop)"
# No autoreload: its script is inline, and the served page should run under a strict CSP.
exec trunk serve --release --no-autoreload --skip-version-check --address 127.0.0.1 --port "$port"
