// End-to-end tests of a chronology that keeps growing: a test server changes the document
// between checks (adds two events, corrects a figure, withdraws one, deletes one) and records
// the conditional headers of every request; the page must announce and mark what arrived
// without moving the reader's view, answer unchanged checks with a 304, not check from a
// hidden tab, and back off while the server fails.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveFolders } from "./static_server.mjs";
import { launchChromium, newPage } from "./browser.mjs";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const axeSource = readFileSync(fileURLToPath(new URL("../node_modules/axe-core/axe.min.js", import.meta.url)), "utf8");
/** Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA, as the accessibility audit runs. */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const LANES = ["exchange", "talks", "frontline", "humanitarian", "other"];
/** Seconds between checks: the shortest the format allows, so the tests stay short. */
const EVERY = 5;

const wire = { id: "wire", publisher: "Wire service", url: "https://example.org/wire" };

/** Event `index`: every third day from 1 March 2025, lanes in turn. */
function event(index, fields = {}) {
  const day = new Date(Date.UTC(2025, 2, 1 + index * 3)).toISOString().slice(0, 10);
  return {
    id: `e${index}`,
    start: day,
    lane: LANES[index % LANES.length],
    title: `Event ${index}`,
    sources: ["wire"],
    ...fields,
  };
}

const BODIES = { label: "Bodies returned", value: 1200 };

/** The first version: `count` events; e3 reports 1,200 bodies returned. */
function firstVersion(count) {
  const events = Array.from({ length: count }, (_, index) =>
    event(index, index === 3 ? { figures: [BODIES] } : {}),
  );
  return { format_version: 1, title: "A growing chronology", sources: [wire], events };
}

/** The second: "late" (a late report, dated among the others) and "newest" arrive, e3's
 * figure is corrected, e2 is withdrawn and e4 deleted. */
function secondVersion(count) {
  const document = firstVersion(count);
  document.events = document.events
    .filter((item) => item.id !== "e4")
    .map((item) => {
      if (item.id === "e3") {
        return {
          ...item,
          figures: [{ ...BODIES, value: 1212 }],
          updated: "2025-06-27T14:05+03:00",
          correction: "The first report said 1,200.",
        };
      }
      if (item.id === "e2") return { ...item, withdrawn: "Duplicate of e1" };
      return item;
    });
  document.events.push(event(1, { id: "late", start: "2025-03-11", title: "A late report" }));
  document.events.push(event(count, { id: "newest", title: "The newest event" }));
  return document;
}

/** A document at `path` whose version the test sets (`feed.version`), answered with an ETag
 * and Last-Modified and a 304 to a request that names the current version; `feed.failing`
 * answers 500. Every request is recorded with its conditional headers and status. */
function liveFeed(count = 20) {
  const feed = { version: 1, failing: false, requests: [] };
  const modified = (version) => new Date(Date.UTC(2025, 5, version)).toUTCString();
  feed.route = async (request, response) => {
    const record = {
      at: Date.now(),
      method: request.method,
      ifNoneMatch: request.headers["if-none-match"],
      ifModifiedSince: request.headers["if-modified-since"],
    };
    feed.requests.push(record);
    // Any site may read it (as a plain request); a preflight gets no Access-Control-Allow-
    // Headers, as from a server whose CORS rules know nothing of conditional requests.
    response.setHeader("access-control-allow-origin", "*");
    if (request.method === "OPTIONS") {
      record.status = 204;
      response.writeHead(204).end();
      return;
    }
    if (feed.failing) {
      record.status = 500;
      response.writeHead(500).end("down");
      return;
    }
    const etag = `"v${feed.version}"`;
    const headers = { etag, "last-modified": modified(feed.version), "cache-control": "no-cache" };
    if (record.ifNoneMatch === etag) {
      record.status = 304;
      response.writeHead(304, headers).end();
      return;
    }
    record.status = 200;
    const body = JSON.stringify(feed.version === 1 ? firstVersion(count) : secondVersion(count));
    response.writeHead(200, { ...headers, "content-type": "application/json" }).end(body);
  };
  return feed;
}

/** Waits until `condition()` holds, checking every 100 ms, for at most `seconds`. */
async function until(condition, seconds, what) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a chronology that keeps growing", () => {
  let server;
  let browser;
  let elsewhere;
  let citing;
  const feeds = {};
  const path = (name) => `/live/${name}.json`;

  before(async () => {
    const routes = {};
    for (const name of ["changes", "unchanged", "list", "hidden", "failing", "present", "document", "audit-light", "audit-dark", "embed", "ukrainian"]) {
      feeds[name] = liveFeed({ list: 60, embed: 2 }[name] ?? 20);
      routes[path(name)] = feeds[name].route;
    }
    // A document that asks for live updates itself.
    routes[path("document")] = async (request, response) => {
      const document = { ...firstVersion(20), live: { poll_seconds: EVERY } };
      feeds.document.requests.push({ at: Date.now() });
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(document));
    };
    // An article with the reader's build in a frame, listing the live chronology; it records
    // the heights the frame reports.
    routes["/live/article.html"] = async (request, response) => {
      const src = `/embed.html?embed=1&view=list&data=${path("embed")}&live=${EVERY}`;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        `<!doctype html><title>Article</title><link rel="icon" href="data:,"><script>window.heights = [];` +
          `addEventListener("message", (event) => { const h = event.data?.["datawrapper-height"]?.chronoline;` +
          ` if (h) window.heights.push(h); });</script>` +
          `<iframe id="frame" src="${src}" title="Chronology" style="width: 700px; height: 400px; border: 0"></iframe>`,
      );
    };
    server = await serveFolders({ "/": dist }, {}, { routes });
    // Data on another site, which the second page's deployment allows.
    feeds.elsewhere = liveFeed(20);
    elsewhere = await serveFolders({}, {}, { routes: { [path("elsewhere")]: feeds.elsewhere.route } });
    citing = await serveFolders({ "/": dist }, {}, { dataOrigins: [new URL(elsewhere.url).origin] });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    elsewhere?.close();
    citing?.close();
  });

  const open = async (name, query = "") => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?data=${path(name)}&live=${EVERY}${query}`);
    await page.waitForSelector('[data-testid="live-status"]');
    return page;
  };

  test("an unchanged document costs a 304: every check names the version it has", async () => {
    const feed = feeds.unchanged;
    const page = await open("unchanged");
    assert.match(
      await page.textContent('[data-testid="live-status"]'),
      /Live: checks for updates every 5 s/,
    );
    await until(() => feed.requests.length >= 3, 3 * EVERY + 5, "two checks");
    const [first, ...checks] = feed.requests;
    assert.equal(first.ifNoneMatch, undefined, "the first load asks plainly");
    for (const check of checks) {
      assert.equal(check.ifNoneMatch, '"v1"');
      assert.equal(check.ifModifiedSince, new Date(Date.UTC(2025, 5, 1)).toUTCString());
      assert.equal(check.status, 304);
    }
    assert.equal(await page.locator('[data-testid="live-news"] button').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("new, corrected, withdrawn and removed events arrive and nothing moves", async () => {
    const feed = feeds.changes;
    const page = await open("changes", "&event=e3");
    const plot = page.locator('[data-testid="timeline-plot"]');
    const range = async () => [await plot.getAttribute("data-start"), await plot.getAttribute("data-end")];
    const before = await range();
    const panelTitle = page.locator(".detail-panel .event-title");
    assert.equal(await panelTitle.textContent(), "Event 3");
    feed.version = 2;
    const news = page.locator('[data-testid="live-news"] button');
    await news.waitFor({ timeout: (EVERY + 5) * 1000 });
    assert.match(await news.textContent(), /2 new events · 1 corrected · 1 withdrawn · 1 removed/);
    // The view, the selection and the open panel stay where they were.
    assert.deepEqual(await range(), before);
    assert.match(page.url(), /event=e3/);
    assert.equal(await panelTitle.textContent(), "Event 3");
    // The corrected figure shows old and new side by side, with the editors' note.
    const changed = page.locator('.detail-panel [data-testid="what-changed"]');
    const figures = changed.locator('tr[data-field="figures"]');
    assert.equal(await figures.locator("th").textContent(), "Figures");
    assert.equal(await figures.locator(".before").textContent(), "Bodies returned: 1200");
    assert.equal(await figures.locator(".after").textContent(), "Bodies returned: 1212");
    assert.match(
      await page.textContent('.detail-panel [data-testid="event-updated"]'),
      /Updated 27 June 2025.*The first report said 1,200\./,
    );
    // Marks: the late report is new; the deleted event stays, marked removed; the withdrawn
    // one leaves the default view until asked for.
    assert.match(await page.getAttribute('.mark[data-event="late"]', "class"), /is-new/);
    assert.match(await page.getAttribute('.mark[data-event="e4"]', "class"), /removed/);
    assert.match(await page.getAttribute('.mark[data-event="e3"]', "class"), /corrected/);
    assert.equal(await page.locator('.mark[data-event="e2"]').count(), 0);
    await page.click('[data-testid="show-withdrawn"]');
    assert.match(await page.getAttribute('.mark[data-event="e2"]', "class"), /withdrawn/);
    assert.match(page.url(), /withdrawn=show/);
    // The list says the same in words.
    await page.click('[data-testid="view-list"]');
    assert.equal(await page.textContent('#event-e2 [data-testid="withdrawn"]'), "Withdrawn: Duplicate of e1");
    assert.equal(
      await page.textContent('#event-e4 [data-testid="removed"]'),
      "Removed from the data since this page opened",
    );
    assert.equal(await page.locator('.chronology-list [data-testid="new-badge"]').count(), 2);
    // Only when the reader asks does the view go to the news: the newest event opens.
    await news.click();
    await page.waitForFunction(() => /event=newest/.test(location.search));
    assert.equal(await panelTitle.textContent(), "The newest event");
    assert.equal(await news.count(), 0, "the announcement is gone once seen");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("the list keeps the reader's place when events arrive above it", async () => {
    const feed = feeds.list;
    const page = await open("list", "&view=list&order=newest");
    const card = page.locator("#event-e30");
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const top = async () => (await card.boundingBox()).y;
    const before = await top();
    await page.focus("#event-e30 .sources-toggle");
    feed.version = 2;
    await page.locator('[data-testid="live-news"] button').waitFor({ timeout: (EVERY + 5) * 1000 });
    await page.waitForTimeout(200);
    assert.ok(Math.abs((await top()) - before) <= 2, `moved from ${before} to ${await top()}`);
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest(".event-card")?.id),
      "event-e30",
      "the focus stays on the card",
    );
    // The newest event arrived at the top of the newest-first list, out of sight.
    assert.equal(await page.locator(".chronology-list .event-card").first().getAttribute("id"), "event-newest");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a hidden tab does not check, and checks once shown again", async () => {
    const feed = feeds.hidden;
    const page = await open("hidden");
    await until(() => feed.requests.length >= 2, EVERY + 5, "the first check");
    // The page is hidden as the browser says so (headless Chromium keeps every tab visible).
    const setHidden = (hidden) =>
      page.evaluate((hidden) => {
        for (const [name, value] of [["hidden", hidden], ["visibilityState", hidden ? "hidden" : "visible"]]) {
          Object.defineProperty(document, name, { configurable: true, get: () => value });
        }
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    await setHidden(true);
    const whileHidden = feed.requests.length;
    await page.waitForTimeout((2 * EVERY + 1) * 1000);
    assert.equal(feed.requests.length, whileHidden, "no check while hidden");
    await setHidden(false);
    await until(() => feed.requests.length > whileHidden, 3, "a check once visible");
    await page.close();
  });

  test("a failing server is checked less and less often, and the data stays", async () => {
    const feed = feeds.failing;
    const page = await open("failing");
    feed.failing = true;
    const status = page.locator('[data-testid="live-status"]');
    await until(
      async () => /trying again in 10 s/.test(await status.textContent()),
      EVERY + 5,
      "the first failure",
    );
    const failed = feed.requests.at(-1).at;
    await until(() => feed.requests.at(-1).at > failed, 2 * EVERY + 5, "the retry");
    const waited = (feed.requests.at(-1).at - failed) / 1000;
    assert.ok(waited >= 2 * EVERY - 0.5, `retried after ${waited} s, not 10`);
    await until(async () => /trying again in 20 s/.test(await status.textContent()), 5, "the wait doubled");
    assert.equal(await page.locator('.mark[data-event="e0"]').count(), 1, "the events stay");
    feed.failing = false;
    await until(
      async () => /Live: checks for updates every 5 s/.test(await status.textContent()),
      4 * EVERY + 5,
      "recovery",
    );
    assert.deepEqual(page.errors.filter((error) => !/500/.test(error)), []);
    await page.close();
  });

  test("a presentation stays on its slide while events arrive", async () => {
    const feed = feeds.present;
    const page = await newPage(browser);
    await page.goto(`${server.url}/?data=${path("present")}&live=${EVERY}&mode=present&event=e3`);
    const title = page.locator(".slide .slide-title").first();
    await title.waitFor();
    const shown = await title.textContent();
    feed.version = 2;
    await until(() => feed.requests.some((request) => request.status === 200 && feed.requests.indexOf(request) > 0), EVERY + 5, "the update");
    await page.waitForTimeout(500);
    assert.equal(await title.textContent(), shown);
    assert.match(page.url(), /event=e3/);
    await page.close();
  });

  for (const scheme of ["light", "dark"]) {
    test(`what arrived is marked accessibly (axe, ${scheme})`, async () => {
      const feed = feeds[`audit-${scheme}`];
      const page = await newPage(browser, { colorScheme: scheme });
      await page.goto(`${server.url}/?data=${path(`audit-${scheme}`)}&live=${EVERY}&event=e3&withdrawn=show`);
      await page.waitForSelector('[data-testid="live-status"]');
      feed.version = 2;
      await page.locator('[data-testid="live-news"] button').waitFor({ timeout: (EVERY + 5) * 1000 });
      await page.addScriptTag({ content: axeSource });
      const audit = () =>
        page.evaluate(async (tags) => {
          const { violations } = await axe.run(document, { runOnly: { type: "tag", values: tags } });
          return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }, WCAG);
      assert.deepEqual(await audit(), [], "the timeline with the corrected event open");
      await page.click('[data-testid="view-list"]');
      await page.waitForTimeout(250);
      assert.deepEqual(await audit(), [], "the list with new, withdrawn and removed events");
      await page.close();
    });
  }

  test("in Ukrainian, the live line, the announcement and the marks are Ukrainian", async () => {
    const feed = feeds.ukrainian;
    const page = await open("ukrainian", "&lang=uk&event=e3&withdrawn=show");
    assert.equal(
      await page.textContent('[data-testid="live-status"]'),
      "Наживо: перевірка оновлень кожні 5 с",
    );
    feed.version = 2;
    const news = page.locator('[data-testid="live-news"] button');
    await news.waitFor({ timeout: (EVERY + 5) * 1000 });
    assert.equal(
      await news.textContent(),
      "2 нові події · виправлено: 1 · відкликано: 1 · вилучено: 1 Показати",
    );
    assert.equal(await page.textContent('.detail-panel [data-testid="what-changed"] h5'), "Що змінилося");
    assert.equal(await page.textContent('.detail-panel [data-testid="corrected-badge"]'), "Виправлено");
    await page.click('[data-testid="view-list"]');
    assert.equal(await page.textContent('#event-e2 [data-testid="withdrawn"]'), "Відкликано: Duplicate of e1");
    assert.equal(
      await page.textContent('#event-e4 [data-testid="removed"]'),
      "Вилучено з даних після відкриття сторінки",
    );
    assert.equal(await page.textContent('#event-late [data-testid="new-badge"]'), "Нове");
    await page.close();
  });

  test("an embed reports its new height when events arrive", async () => {
    const feed = feeds.embed;
    const page = await newPage(browser);
    await page.goto(`${server.url}/live/article.html`);
    const frame = page.frameLocator("#frame");
    await frame.locator('[data-testid="live-status"]').waitFor();
    await until(() => page.evaluate(() => window.heights.length > 0), 10, "a height");
    const before = await page.evaluate(() => window.heights.at(-1));
    feed.version = 2;
    await frame.locator('[data-testid="live-news"] button').waitFor({ timeout: (EVERY + 5) * 1000 });
    await until(
      () => page.evaluate((before) => window.heights.at(-1) > before + 100, before),
      5,
      "a taller height",
    );
    const content = await frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    assert.equal(await page.evaluate(() => window.heights.at(-1)), content);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("data on a site whose CORS rules refuse the conditional headers is checked plainly", async () => {
    const feed = feeds.elsewhere;
    const page = await newPage(browser);
    await page.goto(`${citing.url}/?data=${elsewhere.url}${path("elsewhere")}&live=${EVERY}`);
    await page.waitForSelector('[data-testid="live-status"]');
    // The conditional check's preflight is refused; a plain check follows and gets through.
    await until(() => feed.requests.some((request) => request.method === "OPTIONS"), EVERY + 5, "a preflight");
    const preflight = feed.requests.findIndex((request) => request.method === "OPTIONS");
    await until(() => feed.requests.length > preflight + 1, 2 * EVERY + 5, "a plain check");
    // (The browser's own cache may still revalidate a plain request: that needs no preflight.)
    const plain = feed.requests.slice(preflight + 1);
    assert.ok(plain.every((request) => request.method === "GET"), JSON.stringify(plain));
    feed.version = 2;
    const news = page.locator('[data-testid="live-news"] button');
    await news.waitFor({ timeout: (2 * EVERY + 5) * 1000 });
    assert.match(await news.textContent(), /2 new events/);
    assert.equal(
      feed.requests.filter((request) => request.method === "OPTIONS").length,
      1,
      "no conditional check again",
    );
    assert.match(await page.textContent('[data-testid="live-status"]'), /Live: checks for updates every 5 s/);
    await page.close();
  });

  test("a document that says it is live is checked without live= in the address", async () => {
    const feed = feeds.document;
    const page = await newPage(browser);
    await page.goto(`${server.url}/?data=${path("document")}`);
    await page.waitForSelector('[data-testid="live-status"]');
    await until(() => feed.requests.length >= 2, EVERY + 5, "a check");
    await page.goto(`${server.url}/?data=${path("document")}&live=off`);
    await page.waitForSelector('[data-testid="timeline"]');
    assert.equal(await page.locator('[data-testid="live-status"]').count(), 0);
    await page.close();
  });
});
