#!/usr/bin/env bash
# Installs what building (and, with --with-browser, testing) needs. Idempotent: it installs
# only what is missing or at the wrong version, and only from package registries
# (crates.io, npm, Debian) — never a GitHub download. Versions: docs/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
with_browser=false
[ "${1:-}" = "--with-browser" ] && with_browser=true
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
step() { printf '\n==> %s\n' "$*"; }
apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    $sudo apt-get update -qq
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14$'; then
  step "Installing trunk 0.21.14 (about 9 minutes on 2 cores)"
  cargo install --locked trunk --version 0.21.14
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock; --locked fails for it.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "^wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml must pin wasm_bindgen = \"$bindgen_version\", the version in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  step "Installing wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  cargo install --force wasm-bindgen-cli --version "$bindgen_version"
fi

if ! command -v npm >/dev/null; then
  step "Installing Node.js and npm"
  apt_install nodejs npm
fi
# wasm-opt from npm's binaryen 132 (Debian's binaryen 108 silently breaks the wasm), and
# playwright-core, which drives the system Chromium and downloads no browser.
if ! wasm-opt --version 2>/dev/null | grep -q 'version 132' || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/axe-core ]; then
  step "Installing wasm-opt (binaryen 132), playwright-core and axe-core from npm"
  npm ci --no-audit --no-fund
fi

if [ "$with_browser" = true ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  step "Installing Chromium and ChromeDriver from Debian"
  apt_install chromium chromium-driver
fi
