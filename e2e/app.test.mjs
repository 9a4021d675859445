// End-to-end tests: the release build (dist/) in headless Chromium, used as a reader would.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serveFolders } from "./static_server.mjs";
import { endSession, newPage, startSession } from "./browser.mjs";
import { bundled } from "./bundled.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let server;
let browser;

before(async () => ({ server, browser } = await startSession({ fixtures: true })));
after(() => endSession({ server, browser }));

/** Opens the app at `path` and waits until it shows events or a failure. */
async function open(path, options) {
  const page = await newPage(browser, options);
  await page.goto(server.url + path);
  await page.waitForSelector(".mark, [data-testid=event-card], [data-testid=load-failure]");
  return page;
}

/** The text-fragment link the viewer must produce, computed independently in JS:
 * quotes over 12 words as their first and last 4 words; a quote repeated in the source text
 * gets the 4 words before its first occurrence as prefix. */
function passageLink(source) {
  const encode = (text) => encodeURIComponent(text).replace(/-/g, "%2D");
  const words = source.quote.exact.split(/\s+/).filter(Boolean);
  let directive =
    words.length > 12
      ? `${encode(words.slice(0, 4).join(" "))},${encode(words.slice(-4).join(" "))}`
      : encode(words.join(" "));
  const text = source.text ?? "";
  const first = text.indexOf(source.quote.exact);
  if (first >= 0 && text.indexOf(source.quote.exact, first + 1) >= 0) {
    const before = text.slice(0, first).split(/\s+/).filter(Boolean).slice(-4).join(" ");
    directive = `${encode(before)}-,${directive}`;
  }
  return `${source.url}#:~:text=${directive}`;
}

describe("the list view of the bundled chronology", () => {
  test("opens with all 68 events, a page title and no console errors", async () => {
    const page = await open("/?view=list");
    assert.equal(await page.locator("[data-testid=event-card]").count(), 68);
    assert.equal(await page.locator("[data-testid=event-count]").textContent(), "68 events");
    assert.equal(await page.title(), bundled.title);
    assert.deepEqual(await page.locator(".year-heading").allTextContents(), ["2022", "2024", "2025", "2026"]);
    assert.match(await page.locator("link[rel=icon]").getAttribute("href"), /favicon.*\.svg$/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("an opened event shows its sources, quotes and links to the quoted passages", async () => {
    const page = await open("/?view=list");
    const card = page.locator("#event-evt-042");
    const toggle = card.locator(".sources-toggle");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await card.locator(".source").first().isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");

    const event = bundled.events.find((e) => e.id === "evt-042");
    const sources = event.sources.map((id) => bundled.sources.find((s) => s.id === id));
    const links = card.locator("a.source-link");
    assert.equal(await links.count(), sources.length);
    for (const [index, source] of sources.entries()) {
      const link = links.nth(index);
      assert.equal(await link.getAttribute("href"), passageLink(source));
      assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
      assert.equal(await link.getAttribute("target"), "_blank");
      assert.equal(await card.locator(".source-quote").nth(index).textContent(), source.quote.exact);
      assert.ok(await link.isVisible());
    }

    await card.locator(".source-text summary").click();
    const highlighted = card.locator(".source-text mark");
    // The text is built when the reader opens it.
    await highlighted.first().waitFor();
    assert.deepEqual(await highlighted.allTextContents(), [sources[1].quote.exact, sources[1].quote.exact]);
    assert.ok(await highlighted.first().isVisible());
    assert.match(await card.locator(".passage-count").textContent(), /passage appears 2 times/);
    await page.context().close();
  });

  test("cite and copy quote put the citation and the quote on the clipboard", async () => {
    const page = await open("/?view=list");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const card = page.locator("#event-evt-042");
    await card.locator(".sources-toggle").click();
    await card.getByTestId("cite").click();
    await card.getByText("Copied").first().waitFor();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const event = bundled.events.find((e) => e.id === "evt-042");
    const lines = citation.split("\n");
    assert.equal(lines[0], `26 June 2025 — ${event.title}`);
    assert.equal(lines.length, event.sources.length + 2);
    assert.ok(lines[1].startsWith("LIGA.net, “Prisoner exchange on June 26"), lines[1]);
    assert.equal(lines.at(-1), `${server.url}/?event=evt-042`);

    await card.getByTestId("copy-quote").nth(1).click();
    await page.waitForFunction(
      (quote) => navigator.clipboard.readText().then((text) => text === quote),
      bundled.sources.find((s) => s.id === event.sources[1]).quote.exact,
    );
    await page.context().close();
  });

  test("where the clipboard refuses, the citation is shown selected to copy by hand", async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new Error("denied")) });
    });
    await page.goto(server.url + "/?view=list");
    await page.waitForSelector("[data-testid=event-card]");
    const card = page.locator("#event-evt-042");
    await card.locator(".sources-toggle").click();
    await card.getByTestId("cite").click();
    const fallback = card.locator(".copy-fallback");
    await fallback.waitFor();
    assert.match(await fallback.inputValue(), /^26 June 2025 — /);
    assert.match(await card.locator(".copy-status").filter({ hasText: "Could not copy" }).textContent(), /copy it by hand/);
    await page.context().close();
  });

  test("is usable by keyboard alone", async () => {
    const page = await open("/?view=list");
    await page.locator("#event-evt-001 .sources-toggle").focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => document.activeElement?.closest("article")?.id + " " + document.activeElement?.className);
    assert.equal(await focused(), "event-evt-001 sources-toggle");
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#event-evt-001 .sources-toggle").getAttribute("aria-expanded"), "true");
    await page.keyboard.press("Tab");
    assert.equal(await focused(), "event-evt-001 source-link");

    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    // The last year link jumps to 2026.
    await page.locator(".year-nav a").last().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#year-2026");
    const top = await page.locator("#year-2026").evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 200, `2026 heading scrolled into view (top ${top})`);
    await page.context().close();
  });

  for (const width of [360, 1440]) {
    test(`fits ${width} px without horizontal scrolling`, async () => {
      const page = await open("/?view=list", { viewport: { width, height: 800 } });
      await page.locator("#event-evt-042 .sources-toggle").click();
      await page.locator("#event-evt-042 .source-text summary").click();
      await page.locator("#event-evt-042 .source-text mark").first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
      await page.context().close();
    });
  }
});

describe("newest first, and a link to the latest event", () => {
  const latest = bundled.events.reduce((last, event) => (event.start >= last.start ? event : last));

  test("order=newest lists the latest first, and the switch puts it back in time order", async () => {
    const page = await open("/?view=list&order=newest");
    const cards = page.locator("[data-testid=event-card]");
    assert.equal(await cards.first().getAttribute("id"), `event-${latest.id}`);
    assert.equal(await page.locator(".year-nav li").first().textContent(), latest.start.slice(0, 4));
    const toggle = page.getByTestId("newest-first");
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await toggle.click();
    await page.waitForFunction(() => !location.search.includes("order="));
    assert.equal(await cards.first().getAttribute("id"), `event-${bundled.events[0].id}`);
    assert.equal(await page.getByTestId("newest-first").getAttribute("aria-pressed"), "false");
    await toggle.click();
    await page.waitForFunction(() => location.search.includes("order=newest"));
    // The handout prints what the list lists.
    await page.emulateMedia({ media: "print" });
    assert.equal(await cards.first().getAttribute("id"), `event-${latest.id}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("event=latest opens the most recent event, in the app and in an embed", async () => {
    for (const path of ["/?event=latest", "/embed.html?embed=1&event=latest"]) {
      const page = await open(path);
      const panel = page.getByTestId("detail-panel");
      await panel.waitFor();
      assert.equal(await panel.locator(".event-title").textContent(), latest.title, path);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  test("an embed lists newest first, and a presentation opens on the latest event", async () => {
    const embed = await open("/embed.html?embed=1&view=list&order=newest");
    const cards = embed.locator("[data-testid=event-card]");
    await cards.first().waitFor();
    assert.equal(await cards.first().getAttribute("id"), `event-${latest.id}`);
    assert.deepEqual(embed.errors, []);
    await embed.context().close();
    const slides = await open("/?mode=present&event=latest");
    const title = slides.locator("[data-testid=slide] .slide-title");
    await title.waitFor();
    assert.equal(await title.textContent(), latest.title);
    assert.deepEqual(slides.errors, []);
    await slides.context().close();
  });
});

describe("loading", () => {
  // The loader script starts the data's request before the wasm has arrived; the app takes
  // that response over. (There is no <link rel=preload> for the data. It would not help:
  // the data is asked for soon after the wasm and arrives long before it. And it can cost:
  // a preload whose credentials mode differs from the fetch's is a second download, and a
  // ?data= page would download the bundled file for nothing. One request each, checked.)
  for (const [address, path] of [
    ["/", "/chronology.json"],
    ["/?data=fixtures/broken.json", "/fixtures/broken.json"],
  ]) {
    test(`${address}: the chronology is requested with the code, once, and the app uses that response`, async (t) => {
      const page = await newPage(browser);
      // A slow connection, so that the wasm takes a while to arrive.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 40,
        downloadThroughput: 400_000,
        uploadThroughput: 100_000,
      });
      const dataRequests = [];
      cdp.on("Network.requestWillBeSent", ({ request, initiator }) => {
        if (new URL(request.url).pathname === path) {
          dataRequests.push({ url: request.url, by: initiator.stack?.callFrames?.[0]?.url ?? initiator.type });
        }
      });
      await page.goto(server.url + address);
      await page.waitForSelector(".mark", { timeout: 30_000 });
      const timing = await page.evaluate((path) => {
        const entries = performance.getEntriesByType("resource");
        const find = (test) => entries.find((entry) => test(new URL(entry.name).pathname));
        const data = find((entryPath) => entryPath === path);
        const wasm = find((entryPath) => entryPath.endsWith(".wasm"));
        return { dataStart: data.startTime, wasmStart: wasm.startTime, wasmEnd: wasm.responseEnd };
      }, path);
      assert.ok(
        timing.dataStart < timing.wasmEnd,
        `the data request started at ${timing.dataStart.toFixed(0)} ms, before the wasm had arrived at ${timing.wasmEnd.toFixed(0)} ms`,
      );
      assert.equal(dataRequests.length, 1, `one request for the data: ${JSON.stringify(dataRequests)}`);
      assert.equal(dataRequests[0].url, server.url + path);
      assert.match(dataRequests[0].by, /\/loader-[0-9a-f]+\.js$/, "made by the loader script, not by the app");
      t.diagnostic(
        `wasm requested at ${timing.wasmStart.toFixed(0)} ms and in at ${timing.wasmEnd.toFixed(0)} ms; ` +
          `data requested at ${timing.dataStart.toFixed(0)} ms`,
      );
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});

describe("bad data", () => {
  test("a document with bad events names each one and still shows the good ones", async () => {
    const page = await open("/?data=fixtures/broken.json&view=list");
    const problems = page.locator("[data-testid=problem-list]");
    assert.ok(await problems.isVisible());
    assert.equal(
      await problems.locator("summary").textContent(),
      "2 events could not be shown; 1 value was ignored; 2 warnings for editors",
    );
    const items = await problems.locator("li").allTextContents();
    assert.deepEqual(items, [
      'events[0].sources: "good-1" cites no source',
      'events[1].start: "2025-02-30" is not a date: the calendar has no such day',
      'events[2].lane: "weather" is not one of the document\'s lanes (exchange, talks, frontline, humanitarian, other)',
      "events[3].titel: is not a field of the event format, so it is ignored",
      'events[3].sources: "good-2" cites no source',
    ]);
    assert.deepEqual(await page.locator(".event-title").allTextContents(), [
      "A valid exchange",
      "A valid month-precision meeting",
    ]);
    assert.equal(await page.locator("#event-good-2 time").textContent(), "July 2025");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a JSON syntax error is reported with line and column", async () => {
    const page = await open("/?data=fixtures/syntax-error.json");
    const failure = page.locator("[data-testid=load-failure]");
    assert.equal(
      await failure.locator(".failure-reason").textContent(),
      "The data is not valid JSON: trailing comma (line 4, column 39).",
    );
    assert.equal(await failure.locator(".failure-url code").textContent(), `${server.url}/fixtures/syntax-error.json`);
    await page.context().close();
  });

  test("an HTML page instead of JSON is named as such", async () => {
    const page = await newPage(browser);
    await page.route("**/fixtures/page.json", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Login</title>" }),
    );
    await page.goto(server.url + "/?data=fixtures/page.json");
    const reason = page.locator("[data-testid=load-failure] .failure-reason");
    await reason.waitFor();
    assert.equal(await reason.textContent(), "The data is not JSON: it looks like an HTML or XML page.");
    await page.context().close();
  });

  test("a failed fetch says what failed, and retry loads the data once it is back", async () => {
    const page = await newPage(browser);
    let requests = 0;
    await page.route("**/fixtures/flaky.json", (route) => {
      requests += 1;
      return requests === 1
        ? route.fulfill({ status: 503, body: "down" })
        : route.fulfill({ status: 200, contentType: "application/json", path: join(root, "e2e", "fixtures", "broken.json") });
    });
    await page.goto(server.url + "/?data=fixtures/flaky.json&view=list");
    const failure = page.locator("[data-testid=load-failure]");
    await failure.waitFor();
    assert.equal(await failure.locator(".failure-reason").textContent(), "The server answered with HTTP 503 Service Unavailable.");
    await failure.getByRole("button", { name: "Try again" }).click();
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.equal(await page.locator("[data-testid=event-card]").count(), 2);
    assert.equal(await failure.count(), 0);
    assert.equal(requests, 2);
    await page.context().close();
  });

  test("an unreachable address is reported as a network failure", async () => {
    // Another origin is refused unless the page's publisher allows it: this copy of the page
    // allows the (closed) discard port, so the request is made and cannot connect.
    const allowing = await serveFolders({ "/": join(root, "dist") }, {}, { dataOrigins: "http://127.0.0.1:9" });
    try {
      const page = await newPage(browser);
      await page.goto(allowing.url + "/?data=http://127.0.0.1:9/none.json");
      const failure = page.locator("[data-testid=load-failure]");
      await failure.waitFor();
      assert.equal(await failure.getAttribute("data-failure"), "network");
      assert.match(await failure.locator(".failure-reason").textContent(), /^The request did not reach the server:/);
      assert.equal(await failure.locator(".failure-url code").textContent(), "http://127.0.0.1:9/none.json");
      await page.context().close();
    } finally {
      allowing.close();
    }
  });
});
