"""Where the wasm's bytes are: sizes by crate and by module of ours, from `twiggy top` of a
release build optimised with names kept. Run by scripts/wasm-breakdown.sh; not a test.

Shares are of the optimised wasm's raw bytes; the gzipped column scales them by the whole
file's compression ratio, so it is an estimate per row (code compresses about evenly)."""
import collections
import csv
import re
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
gzipped_total = int(sys.argv[2])
FRAMEWORK = {"reactive_graph", "tachys", "leptos", "leptos_dom", "leptos_macro", "any_spawner",
             "wasm_bindgen", "wasm_bindgen_futures", "js_sys", "web_sys", "gloo_net", "gloo_utils",
             "send_wrapper", "or_poisoned", "throw_error", "futures_util", "futures_channel",
             "futures_core", "futures_executor", "slotmap", "guardian", "pin_project_lite",
             "console_error_panic_hook", "oco_ref", "next_tuple", "erased"}
JSON = {"serde_json", "serde", "indexmap", "hashbrown", "zmij", "ryu", "itoa", "memchr"}
RUST = {"core", "alloc", "std", "compiler_builtins", "dlmalloc"}
NAME = re.compile(r"^<?\(?&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::([A-Za-z_][A-Za-z0-9_]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?")
GENERIC_IMPL = re.compile(r"^<T as ([a-z_]+)::")
by_group = collections.Counter()
ours = collections.Counter()
for row in rows:
    name, size = row["Name"], int(row["ShallowSize"])
    if name.startswith(('"function names"', "custom section", "producers")):
        continue
    if name.startswith("data segment"):
        by_group["data (strings and tables)"] += size
        continue
    match = NAME.match(name) or GENERIC_IMPL.match(name)
    crate = match.group(1) if match else "other"
    if crate == "chronoline":
        part = match.group(2)
        sub = match.group(3) if match.lastindex and match.lastindex >= 3 and match.group(3) else ""
        ours[f"{part}::{sub}" if part in ("ui", "chronology", "import") else part] += size
        by_group["ours: views (ui)" if part in ("ui", "main") else "ours: core (chronology)"] += size
    elif crate in FRAMEWORK:
        by_group["framework (leptos, tachys, reactive_graph, wasm-bindgen)"] += size
    elif crate in JSON:
        by_group["serde / serde_json / memchr"] += size
    elif crate in RUST:
        by_group["Rust std (core, alloc; includes generics our code instantiates)"] += size
    else:
        by_group["other (generic impls, tables)"] += size
total = sum(by_group.values())
ratio = gzipped_total / total
print(f"| part | raw bytes | share | ≈ gzipped |\n|---|---:|---:|---:|")
for group, size in by_group.most_common():
    print(f"| {group} | {size:,} | {100 * size / total:.1f} % | {size * ratio / 1000:.0f} KB |")
print(f"| **total** | {total:,} | 100 % | {gzipped_total / 1000:.0f} KB |")
print("\nOur largest modules:\n\n| module | raw bytes | ≈ gzipped |\n|---|---:|---:|")
for module, size in ours.most_common(15):
    print(f"| `{module}` | {size:,} | {size * ratio / 1000:.1f} KB |")
