// Benchmark: a live update of a large chronology, in headless Chromium on the release build.
// The page shows N events (each citing its own source) checked every 5 s; then the server
// answers with a version that adds two events, corrects a figure, withdraws one and deletes
// one. Measured: the time from that response to the announcement, the longest main-thread
// task in between, and what an unchanged check costs (a 304). Prints a Markdown table.
import { serveFolders } from "../e2e/static_server.mjs";
import { launchChromium, newPage } from "../e2e/browser.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = (process.env.BENCH_LIVE_SIZES ?? "10000,100000").split(",").map(Number);
const LANES = ["exchange", "talks", "frontline", "humanitarian", "other"];

function documentOf(count, version) {
  const sources = [];
  const events = [];
  for (let index = 0; index < count; index += 1) {
    if (version === 2 && index === 4) continue;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor((index * 10 * 365 * 86_400_000) / count));
    sources.push({ id: `s${index}`, publisher: `Publisher ${index % 37}`, url: `https://example.org/${index}`, published: "2025-01-01" });
    const event = { id: `e${index}`, start: day.toISOString().slice(0, 10), lane: LANES[index % 5], title: `Event ${index}`, sources: [`s${index}`] };
    if (index === 3) event.figures = [{ label: "Bodies returned", value: version === 2 ? 1212 : 1200 }];
    if (version === 2 && index === 2) event.withdrawn = "Duplicate";
    events.push(event);
  }
  if (version === 2) {
    events.push({ id: "late", start: "2016-06-01", lane: "talks", title: "A late report" });
    events.push({ id: "newest", start: "2025-12-31", lane: "exchange", title: "The newest event" });
  }
  return JSON.stringify({ format_version: 1, title: "Live benchmark", sources, events });
}

const feed = { version: 1, bodies: {}, served: [] };
const route = async (request, response) => {
  const etag = `"v${feed.version}"`;
  if (request.headers["if-none-match"] === etag) {
    feed.served.push({ at: Date.now(), status: 304 });
    response.writeHead(304, { etag }).end();
    return;
  }
  feed.served.push({ at: Date.now(), status: 200, version: feed.version });
  response.writeHead(200, { etag, "content-type": "application/json" }).end(feed.bodies[feed.version]);
};
const server = await serveFolders({ "/": join(root, "dist") }, {}, { routes: { "/live.json": route }, maxMegabytes: 200 });
const browser = await launchChromium();
const rows = [];
for (const count of SIZES) {
  feed.version = 1;
  feed.bodies = { 1: documentOf(count, 1), 2: documentOf(count, 2) };
  feed.served = [];
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
    new MutationObserver(() => {
      if (!window.__newsAt && document.querySelector('[data-testid="live-news"] button')) {
        window.__newsAt = performance.timeOrigin + performance.now();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${server.url}/?data=/live.json&live=5`);
  await page.waitForSelector('[data-testid="live-status"]', { timeout: 300_000 });
  // One unchanged check first.
  while (!feed.served.some((served) => served.status === 304)) await page.waitForTimeout(100);
  feed.version = 2;
  await page.waitForSelector('[data-testid="live-news"] button', { timeout: 300_000 });
  const served = feed.served.find((entry) => entry.version === 2).at;
  const { newsAt, longest } = await page.evaluate((served) => {
    const from = served - performance.timeOrigin;
    const during = window.__tasks.filter(([start, duration]) => start + duration >= from);
    return { newsAt: window.__newsAt, longest: Math.max(0, ...during.map(([, duration]) => duration)) };
  }, served);
  rows.push({
    count,
    megabytes: (feed.bodies[2].length / 1_048_576).toFixed(1),
    update: Math.round(newsAt - served),
    longest: Math.round(longest),
  });
  await page.close();
}
console.log("| events | document | response → announcement | longest task |");
console.log("|---:|---:|---:|---:|");
for (const row of rows) {
  console.log(`| ${row.count.toLocaleString("en")} | ${row.megabytes} MB | ${row.update} ms | ${row.longest} ms |`);
}
await browser.close();
server.close();
