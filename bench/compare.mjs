// Benchmark: first render of the bundled chronology side by side with vis-timeline 8.5 (issue
// 12), in headless Chromium, all responses gzip-compressed, on a desktop profile and a throttled
// phone profile; then the bytes our build ships. Not a test: it prints Markdown tables
// (docs/benchmark.md records the latest). Run by scripts/bench.sh, or alone after
// `npm ci --prefix bench` and a release build: `node bench/compare.mjs`.
// Environment: BENCH_DIST (the build to serve, default dist/), BENCH_RUNS (default 5).
import { serveFolders } from "../e2e/static_server.mjs";
import { launchChromium } from "../e2e/browser.mjs";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = process.env.BENCH_DIST ?? join(root, "dist");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const visPackage = join(root, "bench", "node_modules", "vis-timeline");
if (!existsSync(join(visPackage, "standalone", "umd", "vis-timeline-graph2d.min.js"))) {
  console.error("vis-timeline is not installed: run `npm ci --prefix bench` (scripts/bench.sh does).");
  process.exit(1);
}
const visVersion = JSON.parse(await readFile(join(visPackage, "package.json"), "utf8")).version;
if (!visVersion.startsWith("8.5.")) throw new Error(`bench/node_modules has vis-timeline ${visVersion}, not 8.5.x`);

// The bundled chronology as vis-timeline items: one group per lane (its label), and per event
// its id, title as content, start, end when present, lane as group. Partial dates ("2026-05")
// are ISO 8601, which vis-timeline reads as their first day.
const chronology = JSON.parse(await readFile(join(dist, "chronology.json"), "utf8"));
const events = chronology.events.length;
const visData = await mkdtemp(join(tmpdir(), "chronoline-compare-"));
await writeFile(
  join(visData, "items.json"),
  JSON.stringify({
    groups: chronology.lanes.map((lane) => ({ id: lane.id, content: lane.label })),
    items: chronology.events.map((event) => ({
      id: event.id,
      content: event.title,
      start: event.start,
      ...(event.end ? { end: event.end } : {}),
      group: event.lane,
    })),
  }),
);

const server = await serveFolders(
  {
    "/vis/lib/": join(visPackage, "standalone", "umd"),
    "/vis/data/": visData,
    "/vis/": join(root, "bench", "vis"),
    "/": dist,
  },
  {},
  { gzip: true },
);
const browser = await launchChromium();

const PROFILES = [
  { name: "desktop", context: { viewport: { width: 1440, height: 900 } } },
  {
    name: "phone",
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    cpuSlowdown: 4,
    // Slow 4G: CDP adds the latency to each request's round trip (not per connection).
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
];

const PAGES = {
  ours: { path: "/", marks: ["timeline:first-render"] },
  // The reader's build (what an article's embed loads), here as a whole page so it draws the
  // same timeline as the app.
  reader: { path: "/embed.html", marks: ["timeline:first-render"] },
  vis: { path: "/vis/", marks: ["vis:first-render", "vis:fitted-render"] },
};

/** One load of a page in a fresh browser context (empty cache), under a profile. */
async function load(kind, profile) {
  const { path, marks } = PAGES[kind];
  const context = await browser.newContext(profile.context);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    // Resolves once every mark and the first contentful paint are recorded, without polling.
    await page.addInitScript((names) => {
      window.__benchDone = new Promise((resolve) => {
        const seen = new Set();
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.add(entry.name);
          if (names.every((name) => seen.has(name))) resolve();
        });
        observer.observe({ type: "mark", buffered: true });
        observer.observe({ type: "paint", buffered: true });
      });
    }, [...marks, "first-contentful-paint"]);
    const cdp = await context.newCDPSession(page);
    const requests = new Map(); // requestId → { url, status, bytes, done }
    cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0, done: false }));
    cdp.on("Network.responseReceived", (e) => requests.has(e.requestId) && (requests.get(e.requestId).status = e.response.status));
    cdp.on("Network.loadingFinished", (e) => requests.has(e.requestId) && Object.assign(requests.get(e.requestId), { bytes: e.encodedDataLength, done: true }));
    cdp.on("Network.loadingFailed", (e) => requests.has(e.requestId) && (requests.get(e.requestId).done = true));
    await cdp.send("Network.enable");
    if (profile.network) await cdp.send("Network.emulateNetworkConditions", profile.network);
    if (profile.cpuSlowdown) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });

    await page.goto(server.url + path, { waitUntil: "commit" });
    let timer;
    await Promise.race([
      page.evaluate(() => window.__benchDone),
      new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${kind} (${profile.name}): no first render within 60 s; ${errors.join("; ")}`)), 60_000))),
    ]).finally(() => clearTimeout(timer));
    // The events drawn: vis-timeline's item boxes, ranges and points; chronoline's marks, a
    // cluster counting for the events it stands for.
    const result = await page.evaluate(({ names, kind }) => {
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      const shown = kind === "vis"
        ? document.querySelectorAll(".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point").length
        : [...document.querySelectorAll(".mark")].reduce((n, m) => n + (m.classList.contains("cluster") ? Number(m.textContent) : 1), 0);
      return { marks: Object.fromEntries(names.map((name) => [name, at(name)])), fcp: at("first-contentful-paint"), shown };
    }, { names: marks, kind });
    if (result.shown !== events) throw new Error(`${kind} (${profile.name}): ${events} events loaded but ${result.shown} drawn`);
    if (errors.length) throw new Error(`${kind} (${profile.name}): ${errors.join("; ")}`);
    // Count every response of the load, the favicon's too: wait until nothing is in flight.
    await page.waitForLoadState("load");
    for (let waited = 0; waited < 5_000 && [...requests.values()].some((r) => !r.done); waited += 50) await page.waitForTimeout(50);
    const responses = [...requests.values()].filter((r) => r.done);
    return { ...result, bytes: responses.reduce((n, r) => n + r.bytes, 0), requests: responses };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => value.toFixed(0);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const bytes = (n) => n.toLocaleString("en");

console.log(`## Against vis-timeline ${visVersion}`);
console.log();
console.log(`Chromium ${browser.version()}, ${events} events of the bundled chronology, ${runs} interleaved runs per profile (chronoline, vis-timeline, chronoline, …) after one unmeasured load of each, medians; a fresh browser context (empty cache) per load; every response gzip-compressed.`);
// One unmeasured load of each page first: the server compresses each file once (and then
// serves it from memory), and Chromium is warmed up, so the first measured run is like the rest.
const KINDS = ["ours", "reader", "vis"];
for (const kind of KINDS) await load(kind, PROFILES[0]);
let firstVisit;
let readerVisit;
for (const profile of PROFILES) {
  const results = { ours: [], reader: [], vis: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of KINDS) results[kind].push(await load(kind, profile));
  }
  firstVisit ??= results.ours[0].requests;
  readerVisit ??= results.reader[0].requests;
  const pick = (kind, key) => results[kind].map(key);
  const rows = [
    ["first render (ms)¹", (r) => r.marks["timeline:first-render"], (r) => r.marks["vis:first-render"], ms],
    ["first render, vis-timeline fitted (ms)²", (r) => r.marks["timeline:first-render"], (r) => r.marks["vis:fitted-render"], ms],
    ["first contentful paint (ms)", (r) => r.fcp, (r) => r.fcp, ms],
    ["transferred (KB)³", (r) => r.bytes, (r) => r.bytes, kb],
  ];
  const { width, height } = profile.context.viewport;
  const throttling = profile.cpuSlowdown
    ? `CPU ${profile.cpuSlowdown}× slower, ${profile.network.latency} ms round trip, ${profile.network.downloadThroughput * 8 / 1e6} Mbit/s down, ${profile.network.uploadThroughput * 8 / 1e3} kbit/s up`
    : "no throttling";
  console.log();
  console.log(`### ${profile.name}: ${width} × ${height}${profile.context.isMobile ? ` mobile, device pixel ratio ${profile.context.deviceScaleFactor}` : ""}, ${throttling}`);
  console.log();
  console.log("| median of " + runs + " | chronoline | reader's page | vis-timeline | chronoline / vis-timeline | reader's page / vis-timeline | chronoline runs | reader's page runs | vis-timeline runs |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [label, ours, vis, format] of rows) {
    const a = pick("ours", ours);
    const r = pick("reader", ours);
    const b = pick("vis", vis);
    console.log(`| ${label} | ${format(median(a))} | ${format(median(r))} | ${format(median(b))} | ${ratio(median(a), median(b))} | ${ratio(median(r), median(b))} | ${a.map(format).join(", ")} | ${r.map(format).join(", ")} | ${b.map(format).join(", ")} |`);
  }
}
console.log();
console.log("¹ ms since navigation start. chronoline: `performance.mark(\"timeline:first-render\")`, set by the app once the marks of the loaded data are in the DOM (no frames added). vis-timeline: its first `changed` event plus two animation frames; at that moment it shows its default window (the current week), not yet the events fitted.");
console.log("² vis-timeline: the first `changed` after its initial fit plus two animation frames — the events on screen in their fitted window (vis-timeline redraws after the fit only at its next one-second resize check).");
console.log("³ every response of the load, headers and gzip-compressed bodies (CDP `Network.loadingFinished` `encodedDataLength`), 1 KB = 1,000 bytes.");

// Shipped bytes: every file the first chronoline load above downloaded, by kind.
async function compressed(file) {
  const data = await readFile(file);
  return {
    name: basename(file),
    raw: data.length,
    gzip: execFileSync("gzip", ["-9c", file], { maxBuffer: 1 << 30 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
}
const order = [".wasm", ".js", ".css"];
const rank = (f) => (order.includes(extname(f.name)) ? order.indexOf(extname(f.name)) : f.name === "chronology.json" ? 3 : 4);
const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
const row = (label, list) => `| ${label} | ${bytes(sum(list, "raw"))} | ${bytes(sum(list, "gzip"))} | ${bytes(sum(list, "brotli"))} |`;
/** The files a load downloaded from our server, compressed, wasm first. */
async function shipped(visit, page) {
  const paths = new Set(
    visit.filter((r) => r.status === 200 && r.url.startsWith(server.url + "/")).map((r) => new URL(r.url).pathname),
  );
  const files = await Promise.all([...paths].map((path) => compressed(join(dist, path === "/" ? page : path))));
  return files.sort((a, b) => rank(a) - rank(b) || b.gzip - a.gzip);
}
const embedScript = existsSync(join(dist, "chronoline-embed.js")) ? await compressed(join(dist, "chronoline-embed.js")) : null;
for (const [visit, page, who] of [[firstVisit, "index.html", "the app (index.html)"], [readerVisit, "embed.html", "the reader's page an article embeds (embed.html)"]]) {
  const files = await shipped(visit, page);
  console.log();
  console.log(`### Shipped bytes of ${who}: every file a first visit downloads`);
  console.log();
  console.log("| file | raw | gzip -9 | brotli 11 |");
  console.log("|---|---:|---:|---:|");
  const code = files.filter((f) => rank(f) < 3);
  for (const f of code) console.log(row(f.name, [f]));
  console.log(row("**wasm + JS + CSS**", code));
  for (const f of files.filter((f) => rank(f) >= 3)) console.log(row(f.name, [f]));
  console.log(row("**everything a first visit downloads**", files));
  if (embedScript && page === "embed.html") {
    console.log(row("chronoline-embed.js (on the article's page)", [embedScript]));
    console.log(row("**an embed: everything above + chronoline-embed.js**", [...files, embedScript]));
  }
}
const vis = await compressed(join(visPackage, "standalone", "umd", "vis-timeline-graph2d.min.js"));
console.log();
console.log(`For comparison, vis-timeline's ${vis.name} (its stylesheet included): ${bytes(vis.raw)} bytes raw, ${bytes(vis.gzip)} gzip -9, ${bytes(vis.brotli)} brotli 11.`);
console.log(`One run of bench/compare.mjs took ${((performance.now() - started) / 1000).toFixed(0)} s.`);

await browser.close();
server.close();
await rm(visData, { recursive: true, force: true });
