// Benchmark: the release build on chronologies shaped like editors' data (see
// examples/synthetic_chronology.rs for the shapes), in headless Chromium. For each: first
// render (timeline marks, or the first list cards), the longest main-thread task while
// loading, memory, and for 100,000 events with 100,000 sources the time from typing one
// letter in search to the updated count. Run with scripts/bench.sh; prints a Markdown table.
import { serveFolders } from "../e2e/static_server.mjs";
import { launchChromium, newPage } from "../e2e/browser.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const server = await serveFolders(
  { "/bench-data/": join(root, "target", "bench-data"), "/": process.env.BENCH_DIST ?? join(root, "dist") },
  {},
  { maxMegabytes: 2000 },
);
const browser = await launchChromium();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const SHAPES = [
  { file: "100000-own", label: "100,000 events, each citing its own dated, quoted source", search: true },
  { file: "100000-shared50", label: "100,000 events citing 50 shared sources" },
  { file: "5000-one", label: "5,000 events citing one source, list view", list: true },
  { file: "300-longtext", label: "300 events citing one 1 MB source text, list view and reader", list: true, reader: true },
  { file: "1000000-shared", label: "1,000,000 events (the viewer holds 200,000)", huge: true },
];

async function measure(shape) {
  const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    window.__longest = 0;
    window.__tasks = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longest = Math.max(window.__longest, entry.duration);
        window.__tasks += 1;
      }
    }).observe({ type: "longtask", buffered: true });
    addEventListener("TrunkApplicationStarted", (event) => (window.__wasmMemory = event.detail.wasm.memory));
    new MutationObserver(() => {
      if (!window.__firstCard && document.querySelector("[data-testid=event-card]")) {
        window.__firstCard = performance.now();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const view = shape.list ? "&view=list" : "";
  await page.goto(`${server.url}/?data=bench-data/${shape.file}.json${view}`);
  const timeout = shape.huge ? 600_000 : 120_000;
  if (shape.list) {
    await page.waitForFunction(() => window.__firstCard, null, { timeout });
  } else {
    await page.waitForFunction(() => performance.getEntriesByName("timeline:first-render").length > 0, null, { timeout });
  }
  const firstRender = await page.evaluate(() =>
    window.__firstCard ?? performance.getEntriesByName("timeline:first-render")[0].startTime,
  );
  // Let late long tasks land before reading them.
  await page.waitForTimeout(300);
  const { longest, tasks } = await page.evaluate(() => ({ longest: window.__longest, tasks: window.__tasks }));
  let search = null;
  if (shape.search) {
    search = await page.evaluate(async () => {
      const input = document.querySelector("[data-testid=search]");
      const count = document.querySelector("[data-testid=filter-count]");
      const before = count.textContent;
      const start = performance.now();
      input.value = "9";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      while (count.textContent === before) await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });
  }
  let reader = null;
  if (shape.reader) {
    reader = await page.evaluate(async () => {
      const start = performance.now();
      document.querySelector("[data-testid=event-card] .sources-toggle").click();
      const wait = async (find) => {
        while (!find()) await new Promise((resolve) => setTimeout(resolve, 0));
        return find();
      };
      const details = await wait(() => document.querySelector("details.source-text"));
      details.open = true;
      await wait(() => details.querySelector("mark"));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });
  }
  const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const wasmBytes = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  const errors = page.errors.length;
  await page.context().close();
  return { firstRender, longest, tasks, memoryMb: (metrics.JSHeapUsedSize + wasmBytes) / 1e6, search, reader, nodes, errors };
}

const only = process.env.BENCH_SHAPES?.split(",");
console.log("| shape | first render (ms) | longest task while loading (ms) | long tasks | JS heap + wasm (MB) | DOM nodes | search keystroke (ms) | open source text (ms) |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const shape of SHAPES.filter((shape) => !only || only.includes(shape.file))) {
  const results = [];
  for (let run = 0; run < (shape.huge ? 1 : runs); run++) results.push(await measure(shape));
  const pick = (key) => median(results.map((r) => r[key]));
  const fmt = (value) => (value == null ? "—" : value.toFixed(0));
  console.log(
    `| ${shape.label} | ${fmt(pick("firstRender"))} | ${fmt(pick("longest"))} | ${pick("tasks")} | ${pick("memoryMb").toFixed(1)} | ${pick("nodes")} | ${fmt(shape.search ? pick("search") : null)} | ${fmt(shape.reader ? pick("reader") : null)} |`,
  );
  if (results.some((r) => r.errors > 0)) console.log(`  (page errors in ${shape.file})`);
}
await browser.close();
server.close();
