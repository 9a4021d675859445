#!/usr/bin/env bash
# Runs every check and test: formatting and lints, native unit/integration/doc tests,
# wasm-bindgen-test in headless Chromium, then end-to-end tests in headless Chromium against
# the release build. Ends with one line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
logs=$(mktemp -d)
passed=0
failed=0
broken_steps=()

# Adds the counts of the "test result:" lines (cargo and wasm-bindgen-test) of a log.
count_cargo() {
  local p f
  read -r p f < <(awk '/test result:/ { for (i = 2; i <= NF; i++) { if ($i == "passed;") p += $(i - 1); if ($i == "failed;") f += $(i - 1) } } END { print p + 0, f + 0 }' "$1")
  passed=$((passed + p))
  failed=$((failed + f))
}

# Runs one step, keeps its log, remembers it when it fails.
run() {
  local name=$1
  shift
  printf '\n==> %s\n' "$name"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  [ "$status" -eq 0 ] || broken_steps+=("$name (exit $status)")
  return "$status"
}

run format cargo fmt --check
run lint-native cargo clippy --all-targets --locked -- -D warnings
run lint-wasm cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run native-tests cargo test --locked
count_cargo "$logs/native-tests.log"
run browser-tests cargo test --locked --target wasm32-unknown-unknown --test web
count_cargo "$logs/browser-tests.log"
if run release-build scripts/build.sh; then
  run end-to-end node --test --test-reporter=tap e2e/
  p=$(grep -E '^# pass [0-9]+' "$logs/end-to-end.log" | grep -oE '[0-9]+')
  f=$(grep -E '^# fail [0-9]+' "$logs/end-to-end.log" | grep -oE '[0-9]+')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  echo
  # What a first visit downloads: the files a page names (its wasm, glue, loader and
  # stylesheets), for the app (index.html) and the reader's page articles embed (embed.html).
  for page in index.html embed.html; do
    echo "Shipped bytes of $page, gzip -9 (wasm + JS + CSS):"
    total=0
    for name in $(grep -oE '(src|href)="/[^"]+\.(wasm|js|css)"' "dist/$page" | sed -E 's/^[a-z]+="\///; s/"$//' | sort -u); do
      [ -f "dist/$name" ] || continue
      size=$(gzip -9c "dist/$name" | wc -c)
      total=$((total + size))
      printf '  %7d  %s\n' "$size" "$name"
    done
    printf '  %7d  total\n' "$total"
  done
fi

echo
if [ ${#broken_steps[@]} -gt 0 ]; then
  echo "Steps that failed: ${broken_steps[*]}"
  [ "$failed" -eq 0 ] && failed=${#broken_steps[@]}
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#broken_steps[@]} -eq 0 ]
