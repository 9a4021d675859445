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
echo "(press Ctrl+C to stop)"
exec trunk serve --release --skip-version-check --address 127.0.0.1 --port "$port"
