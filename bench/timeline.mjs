// Benchmark: loads synthetic chronologies of 1,000 / 10,000 / 100,000 events into the
// release build in headless Chromium and reports first render, DOM nodes, memory and frame
// times during a scripted wheel-zoom and drag-pan. Run with scripts/bench.sh.
import { serveFolders } from "../e2e/static_server.mjs";
import { launchChromium, newPage } from "../e2e/browser.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const server = await serveFolders({ "/bench-data/": join(root, "target", "bench-data"), "/": process.env.BENCH_DIST ?? join(root, "dist") });
const browser = await launchChromium();

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);

async function measure(count) {
  const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => (window.__wasmMemory = event.detail.wasm.memory));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${server.url}/?data=bench-data/${count}.json`);
  await page.waitForFunction(() => performance.getEntriesByName("timeline:first-render").length > 0, null, { timeout: 60_000 });
  const firstRender = await page.evaluate(() => performance.getEntriesByName("timeline:first-render")[0].startTime);
  const represented = await page.evaluate(() =>
    [...document.querySelectorAll(".mark")].reduce((n, m) => n + (m.classList.contains("cluster") ? Number(m.textContent) : 1), 0),
  );
  if (represented !== count) throw new Error(`${count} events loaded but ${represented} drawn or counted`);

  const box = await page.locator("[data-testid=timeline-plot]").boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const loop = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(loop);
    };
    window.__recording = true;
    requestAnimationFrame(loop);
  });
  const y = box.y + box.height - 20;
  await page.mouse.move(box.x + box.width / 2, y);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 25 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  let nodesMax = 0;
  await page.mouse.down();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(box.x + box.width / 2 + (i % 30 < 15 ? -i * 8 : i * 8 - 240), y);
    await page.waitForTimeout(16);
    if (i % 10 === 0) nodesMax = Math.max(nodesMax, await page.evaluate(() => document.getElementsByTagName("*").length));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(2);
  });
  // Work per step: each wheel or drag step dispatched in the page, timed until its DOM update
  // and layout are done (a macrotask later, after a forced layout). Paint is not included.
  const work = await page.evaluate(async () => {
    const plot = document.querySelector("[data-testid=timeline-plot]");
    const box = plot.getBoundingClientRect();
    const channel = new MessageChannel();
    const settled = () => new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
    const times = { zoom: [], pan: [] };
    const timed = async (event, kind) => {
      const start = performance.now();
      plot.dispatchEvent(event);
      await settled();
      document.body.getBoundingClientRect();
      times[kind].push(performance.now() - start);
    };
    const x = box.left + box.width / 2;
    const y = box.bottom - 20;
    for (let i = 0; i < 40; i++) {
      await timed(new WheelEvent("wheel", { deltaY: i < 25 ? -120 : 120, clientX: x, clientY: y, bubbles: true, cancelable: true }), "zoom");
    }
    const pointer = (type, clientX) => new PointerEvent(type, { pointerId: 7, pointerType: "mouse", button: 0, isPrimary: true, clientX, clientY: y, bubbles: true, cancelable: true });
    plot.dispatchEvent(pointer("pointerdown", x));
    for (let i = 1; i <= 60; i++) await timed(pointer("pointermove", x - i * 6), "pan");
    plot.dispatchEvent(pointer("pointerup", x - 360));
    return times;
  });
  const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const wasmBytes = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  await page.context().close();
  return {
    firstRender,
    nodes: Math.max(nodes, nodesMax),
    memoryMb: (metrics.JSHeapUsedSize + wasmBytes) / 1e6,
    p50: percentile(frames, 50),
    p95: percentile(frames, 95),
    zoom50: percentile(work.zoom, 50),
    zoom95: percentile(work.zoom, 95),
    pan50: percentile(work.pan, 50),
    pan95: percentile(work.pan, 95),
  };
}

console.log("| events | first render (ms) | DOM nodes (max) | JS heap + wasm (MB) | rAF interval p50 / p95 (ms) | wheel-zoom step p50 / p95 (ms) | drag-pan step p50 / p95 (ms) |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const count of sizes) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await measure(count));
  const pick = (key) => median(results.map((r) => r[key]));
  console.log(
    `| ${count.toLocaleString("en")} | ${pick("firstRender").toFixed(0)} | ${Math.max(...results.map((r) => r.nodes))} | ${pick("memoryMb").toFixed(1)} | ${pick("p50").toFixed(1)} / ${pick("p95").toFixed(1)} | ${pick("zoom50").toFixed(1)} / ${pick("zoom95").toFixed(1)} | ${pick("pan50").toFixed(1)} / ${pick("pan95").toFixed(1)} |`,
  );
}
await browser.close();
server.close();
