// End-to-end tests of "trust under real data": which addresses `?data=` may load (the page's own
// site and the origins its publisher lists), refusals, timeouts, size limits, the provenance
// line on everything that shows a chronology not bundled with the page, and documents large
// enough to flood a page that does not page them.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { serveFolders } from "./static_server.mjs";
import { launchChromium, newPage } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const MB = 1_048_576;
const JSON_TYPE = "application/json; charset=utf-8";
const LANES = ["exchange", "talks", "frontline", "humanitarian", "other"];
const APP_NAME = "Chronoline";

/** The day `index` of `count`, spread over three years from 1 January 2023: "2024-05-17". */
function spreadDate(index, count) {
  const day = Math.floor((index * 3 * 365) / count);
  return new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
}

/** A chronology of `count` events ("Event 0" …) all citing `source`, dated over three years. */
function chronology(title, count, source) {
  return {
    format_version: 1,
    title,
    sources: [source],
    events: Array.from({ length: count }, (_, index) => ({
      id: `e${index}`,
      start: spreadDate(index, count),
      lane: LANES[index % LANES.length],
      title: `Event ${index}`,
      sources: [source.id],
    })),
  };
}

const wire = {
  id: "wire",
  publisher: "Wire service",
  title: "Daily wire report",
  url: "https://example.org/wire",
  published: "2025-01-01",
  quote: "Both sides confirmed the exchange.",
};

/** Published by another site (the second server). */
const FOREIGN_TITLE = "A chronology published elsewhere";
const foreignJson = JSON.stringify(chronology(FOREIGN_TITLE, 3, wire));

/** 5,000 events, all citing one source. */
const manyCitations = JSON.stringify(chronology("Five thousand citations", 5000, wire));

/** One source with 1 MB of text (the quote once, near the middle), cited by 300 events. */
const QUOTE = "The negotiators confirmed that 150 prisoners crossed at the northern checkpoint.";
const FILLER = "The correspondent described the weather, the roads and the long wait at the crossing. ";
const paragraphs = Array.from({ length: 4200 }, (_, index) => `Paragraph ${index + 1}. ${FILLER.repeat(3)}`);
paragraphs[2100] = `Paragraph 2101. ${FILLER}${QUOTE} ${FILLER}`;
const longText = JSON.stringify(
  chronology("A source of a megabyte", 300, { ...wire, id: "transcript", quote: QUOTE, text: paragraphs.join("\n\n") }),
);

/** "1.2 MB", as the app writes sizes (tenths of 1,048,576 bytes, rounded). */
function megabytes(bytes) {
  const tenths = Math.floor((bytes * 10 + 524_288) / MB);
  return `${Math.floor(tenths / 10)}.${tenths % 10} MB`;
}

function sendJson(response, body, headers = {}) {
  response.writeHead(200, {
    "content-type": JSON_TYPE,
    "content-length": Buffer.byteLength(body),
    "access-control-allow-origin": "*",
    ...headers,
  });
  response.end(body);
}

/** `size` bytes of JSON (a document whose description is padding). */
function padded(size) {
  const start = '{"format_version":1,"title":"Too big","description":"';
  const end = '","events":[]}';
  return start + "x".repeat(size - start.length - end.length) + end;
}

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

let folder;
let foreign; // another origin, serving the foreign chronology to anyone (CORS *)
let home; // the app with the default settings: only its own origin
let allowing; // the app with the foreign origin listed in its meta
let strict; // the app with a 2-second timeout and a 1 MB limit
let browser;
const requests = { foreign: 0, stalled: 0 };
let chunked = { sent: 0, closedEarly: false };
let releaseSlow;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), "chronoline-trust-"));
  await writeFile(join(folder, "foreign.json"), foreignJson);
  await writeFile(join(folder, "many-citations.json"), manyCitations);
  await writeFile(join(folder, "long-text.json"), longText);

  foreign = await serveFolders({ "/data/": folder }, {}, {
    routes: {
      "/data/foreign.json": async (request, response) => {
        requests.foreign += 1;
        sendJson(response, foreignJson);
      },
    },
  });
  home = await serveFolders({ "/data/": folder, "/": dist }, {}, {
    routes: {
      "/moved-away.json": async (request, response) => {
        response.writeHead(302, { location: `${foreign.url}/data/foreign.json` }).end();
      },
      "/moved-here.json": async (request, response) => {
        response.writeHead(302, { location: "/data/foreign.json" }).end();
      },
      // Half the document, then the rest once the test has seen the progress.
      "/slow.json": async (request, response) => {
        const body = Buffer.from(manyCitations);
        const half = Math.floor(body.length / 2);
        response.writeHead(200, { "content-type": JSON_TYPE, "content-length": body.length });
        response.write(body.subarray(0, half));
        await new Promise((done) => (releaseSlow = done));
        response.end(body.subarray(half));
      },
    },
  });
  allowing = await serveFolders({ "/data/": folder, "/": dist }, {}, { dataOrigins: foreign.url });
  strict = await serveFolders({ "/": dist }, {}, {
    timeoutSeconds: 2,
    maxMegabytes: 1,
    routes: {
      // First never answers; then answers with headers and a start, and stalls; then works.
      "/stalled.json": async (request, response) => {
        requests.stalled += 1;
        if (requests.stalled === 1) return;
        if (requests.stalled === 2) {
          response.writeHead(200, { "content-type": JSON_TYPE });
          response.write(foreignJson.slice(0, 40));
          return;
        }
        sendJson(response, foreignJson);
      },
      "/big.json": async (request, response) => sendJson(response, padded(2 * MB)),
      // 4 MB in 64 KB chunks without a Content-Length (chunked transfer encoding).
      "/big-chunked.json": async (request, response) => {
        chunked = { sent: 0, closedEarly: false };
        response.on("close", () => (chunked.closedEarly = !response.writableFinished));
        const body = Buffer.from(padded(4 * MB));
        response.writeHead(200, { "content-type": JSON_TYPE });
        for (let at = 0; at < body.length && !response.destroyed; at += 64 * 1024) {
          response.write(body.subarray(at, at + 64 * 1024));
          chunked.sent = at + 64 * 1024;
          await pause(10);
        }
        if (!response.destroyed) response.end();
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of [foreign, home, allowing, strict]) server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Opens `url` and waits until it shows `ready` (events by default) or a load failure. */
async function open(url, ready = ".mark, [data-testid=event-card], [data-testid=slide]") {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForSelector(`${ready}, [data-testid=load-failure]`, { timeout: 10_000 });
  return page;
}

/** Console errors other than the browser's report of a request that failed as the test meant. */
const unexpectedErrors = (page) => page.errors.filter((error) => !error.startsWith("Failed to load resource"));

describe("which addresses ?data= may load", () => {
  test("another site's chronology is refused by default, before anything is requested", async () => {
    const address = `${foreign.url}/data/foreign.json`;
    const before = requests.foreign;
    const page = await open(`${home.url}/?data=${encodeURIComponent(address)}`);
    const failure = page.locator("[data-testid=load-failure]");
    assert.equal(await failure.getAttribute("data-failure"), "refused");
    assert.equal(
      await failure.locator(".failure-reason").textContent(),
      `This page only shows chronologies from its own site and the sites its publisher allows; ${address} is on ${foreign.url}.`,
    );
    assert.equal(await failure.locator(".failure-url code").textContent(), address);
    assert.equal(await failure.getByRole("button", { name: "Try again" }).isVisible(), true);
    assert.equal(await page.locator("h1").textContent(), APP_NAME);
    assert.equal(await page.getByText(FOREIGN_TITLE).count(), 0);
    assert.equal(await page.locator("[data-testid=provenance]").count(), 0);
    assert.equal(requests.foreign, before, "the other site was never asked");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the page's settings come from its meta tags (the test server rewrites them)", async () => {
    const html = await (await fetch(`${strict.url}/`)).text();
    assert.match(html, /<meta name="chronoline:data-timeout-seconds" content="2" \/>/);
    assert.match(html, /<meta name="chronoline:data-max-megabytes" content="1" \/>/);
    assert.match(html, /<meta name="chronoline:data-origins" content="" \/>/);
    const listed = await (await fetch(`${allowing.url}/index.html`)).text();
    assert.ok(listed.includes(`<meta name="chronoline:data-origins" content="${foreign.url}" />`));
  });

  test("a data: address is refused, and shown cut, as text", async () => {
    const document = JSON.stringify({
      format_version: 1,
      title: '<img src=x onerror="window.injected=1"><b id="injected">Injected</b>',
      description: "x".repeat(400),
      events: [],
    });
    const address = `data:application/json,${document}`;
    const page = await open(`${home.url}/?data=${encodeURIComponent(address)}`);
    const failure = page.locator("[data-testid=load-failure]");
    assert.equal(await failure.getAttribute("data-failure"), "refused");
    assert.equal(
      await failure.locator(".failure-reason").textContent(),
      "A data: address carries its chronology inside the link itself, so nobody can tell who published it; it is not loaded.",
    );
    assert.equal(await failure.locator(".failure-url code").textContent(), `${address.slice(0, 200)}…`);
    assert.equal(await page.locator("#injected, [data-testid=load-failure] img, [data-testid=load-failure] b").count(), 0);
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.equal(await page.locator("h1").textContent(), APP_NAME);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("blob:, javascript: and file: addresses are refused, each with its own reason", async () => {
    const cases = [
      ["blob:https://news.example.org/1b2c", /^A blob: address points to data made inside another page, .*blob:https:\/\/news\.example\.org\/1b2c is not loaded\.$/],
      ["javascript:alert(document.domain)", /^javascript:alert\(document\.domain\) is a script, not the address of a chronology; it is not run\.$/],
      ["file:///etc/passwd", /^file:\/\/\/etc\/passwd is a file on someone's own computer, which a web page may not read; it is not loaded\.$/],
    ];
    const page = await newPage(browser);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      return dialog.dismiss();
    });
    for (const [address, reason] of cases) {
      await page.goto(`${home.url}/?data=${encodeURIComponent(address)}`);
      const failure = page.locator("[data-testid=load-failure]");
      await failure.waitFor({ timeout: 10_000 });
      assert.equal(await failure.getAttribute("data-failure"), "refused", address);
      assert.match(await failure.locator(".failure-reason").textContent(), reason);
      assert.equal(await failure.locator(".failure-url code").textContent(), address);
    }
    assert.equal(dialogs, 0, "no script ran");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a same-site address that redirects to another site is refused", async () => {
    const page = await open(`${home.url}/?data=moved-away.json`);
    const failure = page.locator("[data-testid=load-failure]");
    assert.equal(await failure.getAttribute("data-failure"), "refused");
    const reason = await failure.locator(".failure-reason").textContent();
    assert.ok(reason.includes(`is on ${foreign.url}`), reason);
    assert.ok(reason.endsWith("(the address redirected there)"), reason);
    assert.equal(await failure.locator(".failure-url code").textContent(), `${home.url}/moved-away.json`);
    assert.equal(await page.locator("h1").textContent(), APP_NAME);
    assert.equal(await page.getByText(FOREIGN_TITLE).count(), 0);
    assert.deepEqual(unexpectedErrors(page), []);
    await page.context().close();

    // A redirect that stays on the page's own site is followed.
    const here = await open(`${home.url}/?data=moved-here.json`);
    assert.equal(await here.locator("h1").textContent(), FOREIGN_TITLE);
    assert.equal(await here.locator("[data-testid=load-failure]").count(), 0);
    assert.deepEqual(here.errors, []);
    await here.context().close();
  });
});

describe("an allowed site's chronology says where it came from", () => {
  const foreignData = () => encodeURIComponent(`${foreign.url}/data/foreign.json`);
  const foreignLine = () =>
    `Chronology loaded from ${new URL(foreign.url).host}/data/foreign.json — not published by this site`;

  test("in the app, under its title", async () => {
    const page = await open(`${allowing.url}/?data=${foreignData()}`);
    assert.equal(await page.locator("[data-testid=load-failure]").count(), 0);
    assert.equal(await page.locator("h1").textContent(), FOREIGN_TITLE);
    assert.equal(await page.title(), FOREIGN_TITLE);
    const provenance = page.locator("[data-testid=provenance]");
    assert.equal(await provenance.isVisible(), true);
    assert.equal((await provenance.textContent()).replace(/\s+/g, " ").trim(), foreignLine());
    assert.match(await provenance.getAttribute("class"), /\bforeign\b/);
    // Directly below the title.
    const [title, line] = await Promise.all([page.locator("h1").boundingBox(), provenance.boundingBox()]);
    assert.ok(line.y >= title.y + title.height && line.y < title.y + title.height + 200, JSON.stringify({ title, line }));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("in an embed", async () => {
    const page = await open(`${allowing.url}/?data=${foreignData()}&embed=1`);
    assert.equal(await page.locator("h1").textContent(), FOREIGN_TITLE);
    const provenance = page.locator("[data-testid=provenance]");
    assert.equal(await provenance.isVisible(), true);
    assert.equal((await provenance.textContent()).replace(/\s+/g, " ").trim(), foreignLine());
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("on every slide and in the presenter's window", async () => {
    const page = await open(`${allowing.url}/?data=${foreignData()}&mode=present&event=e1`, "[data-testid=slide]");
    const line = page.locator("[data-testid=slide] [data-testid=provenance]");
    assert.equal(await line.isVisible(), true);
    assert.equal((await line.textContent()).replace(/\s+/g, " ").trim(), foreignLine());
    await page.keyboard.press("ArrowRight");
    await page.locator("[data-testid=slide-counter]").filter({ hasText: "3 / 3" }).waitFor({ timeout: 5000 });
    assert.equal(await line.isVisible(), true, "the next slide says it too");

    const [presenter] = await Promise.all([
      page.waitForEvent("popup"),
      page.click("[data-testid=open-presenter-view]"),
    ]);
    await presenter.locator("[data-testid=presenter-view]").waitFor({ timeout: 10_000 });
    const presenterLine = presenter.locator("[data-testid=presenter-view] [data-testid=provenance]");
    assert.equal(await presenterLine.isVisible(), true);
    assert.equal((await presenterLine.textContent()).replace(/\s+/g, " ").trim(), foreignLine());
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("in the printed handout's header", async () => {
    const page = await open(`${allowing.url}/?data=${foreignData()}`);
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const line = page.locator("[data-testid=handout-header] [data-testid=provenance]");
    await line.waitFor({ timeout: 5000 });
    assert.equal(await line.isVisible(), true);
    assert.equal((await line.textContent()).replace(/\s+/g, " ").trim(), foreignLine());
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the page's own data says so without 'not published', and the bundled file says nothing", async () => {
    const own = await open(`${allowing.url}/?data=data/foreign.json`);
    const provenance = own.locator("[data-testid=provenance]");
    assert.equal(await provenance.isVisible(), true);
    assert.equal(
      (await provenance.textContent()).replace(/\s+/g, " ").trim(),
      `Chronology loaded from ${new URL(allowing.url).host}/data/foreign.json`,
    );
    assert.doesNotMatch(await provenance.getAttribute("class"), /\bforeign\b/);
    await own.context().close();

    const bundled = await open(`${allowing.url}/`);
    assert.equal(await bundled.locator(".mark").first().isVisible(), true);
    assert.equal(await bundled.locator("[data-testid=provenance]").count(), 0);
    assert.deepEqual(bundled.errors, []);
    await bundled.context().close();
  });
});

describe("slow, stalled and oversized responses", () => {
  test("progress shows while the data arrives", async (t) => {
    const page = await newPage(browser);
    await page.goto(`${home.url}/?data=slow.json&view=list`);
    const total = Buffer.byteLength(manyCitations);
    const half = Math.floor(total / 2);
    await page.locator("[data-testid=loading]").waitFor({ timeout: 10_000 });
    const detail = page.locator("[data-testid=loading-detail]");
    await detail.filter({ hasText: `Received ${megabytes(half)} of ${megabytes(total)}` }).waitFor({ timeout: 10_000 });
    const released = Date.now();
    releaseSlow();
    await page.locator("[data-testid=event-card]").first().waitFor({ timeout: 10_000 });
    t.diagnostic(`first cards ${Date.now() - released} ms after the rest of ${megabytes(total)} was sent`);
    assert.equal(await page.locator("[data-testid=loading]").count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a server that goes silent is given up on after the page's timeout, and Try again asks again", async () => {
    const page = await newPage(browser);
    await page.goto(`${strict.url}/?data=stalled.json`);
    const failure = page.locator("[data-testid=load-failure]");
    const reason = "Nothing arrived from the server for 2 seconds, so the request was stopped.";

    // 1: no answer at all.
    const started = Date.now();
    await failure.waitFor({ timeout: 10_000 });
    const waited = Date.now() - started;
    assert.equal(await failure.getAttribute("data-failure"), "timeout");
    assert.equal(await failure.locator(".failure-reason").textContent(), reason);
    assert.equal(await failure.locator(".failure-url code").textContent(), `${strict.url}/stalled.json`);
    assert.ok(waited >= 1500 && waited < 6000, `gave up after ${waited} ms`);
    assert.equal(requests.stalled, 1);

    // 2: headers and a first chunk, then silence.
    await failure.getByRole("button", { name: "Try again" }).click();
    await page.locator("[data-testid=loading]").waitFor({ timeout: 5000 });
    await failure.waitFor({ timeout: 10_000 });
    assert.equal(requests.stalled, 2, "Try again made a new request");
    assert.equal(await failure.getAttribute("data-failure"), "timeout");
    assert.equal(await failure.locator(".failure-reason").textContent(), reason);

    // 3: the server is back.
    await failure.getByRole("button", { name: "Try again" }).click();
    await page.locator(".mark").first().waitFor({ timeout: 10_000 });
    assert.equal(requests.stalled, 3);
    assert.equal(await page.locator("h1").textContent(), FOREIGN_TITLE);
    assert.equal(await failure.count(), 0);
    assert.deepEqual(unexpectedErrors(page), []);
    await page.context().close();
  });

  test("a document over the page's limit is refused by its Content-Length", async () => {
    const page = await open(`${strict.url}/?data=big.json`);
    const failure = page.locator("[data-testid=load-failure]");
    assert.equal(await failure.getAttribute("data-failure"), "too-large");
    assert.equal(
      await failure.locator(".failure-reason").textContent(),
      "The chronology is 2.0 MB and this page accepts at most 1.0 MB.",
    );
    assert.equal(await failure.locator(".failure-url code").textContent(), `${strict.url}/big.json`);
    assert.equal(await page.getByText("Too big").count(), 0);
    assert.deepEqual(unexpectedErrors(page), []);
    await page.context().close();
  });

  test("a document over the limit without a Content-Length is stopped while it arrives", async () => {
    const page = await open(`${strict.url}/?data=big-chunked.json`);
    const failure = page.locator("[data-testid=load-failure]");
    assert.equal(await failure.getAttribute("data-failure"), "too-large");
    assert.equal(
      await failure.locator(".failure-reason").textContent(),
      "The chronology is larger than the 1.0 MB this page accepts.",
    );
    // The browser hung up: the server could not send the whole 4 MB.
    await pause(300);
    assert.ok(chunked.closedEarly && chunked.sent < 4 * MB, JSON.stringify(chunked));
    assert.deepEqual(unexpectedErrors(page), []);
    await page.context().close();
  });
});

describe("documents big enough to flood a page", () => {
  test("5,000 events citing one source: the list opens, and each source names 10 others and counts the rest", async (t) => {
    const page = await newPage(browser);
    const started = Date.now();
    await page.goto(`${home.url}/?data=data/many-citations.json&view=list`);
    const cards = page.locator("[data-testid=event-card]");
    await cards.first().waitFor({ timeout: 10_000 });
    t.diagnostic(`first event cards visible ${Date.now() - started} ms after navigation`);
    assert.equal(await page.locator("h1").textContent(), "Five thousand citations");

    const first = cards.first();
    assert.equal(await first.locator(".event-title").textContent(), "Event 0");
    await first.locator(".sources-toggle").click();
    const others = first.locator(".also-cited");
    await others.waitFor({ timeout: 5000 });
    assert.equal(await others.locator(".also-cited-label").textContent(), "Also cited for:");
    assert.equal(await others.locator("li").count(), 10);
    // The next ten events (in date order; the same day's in any order), as "date: title".
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const label = (n) => {
      const [year, month, day] = spreadDate(n, 5000).split("-").map(Number);
      return `${day} ${months[month - 1]} ${year}: Event ${n}`;
    };
    assert.deepEqual(
      (await others.locator("li").allTextContents()).map((item) => item.trim()).sort(),
      Array.from({ length: 10 }, (_, n) => label(n + 1)).sort(),
    );
    assert.equal(await others.getByTestId("also-cited-more").textContent(), "and 4,989 more");

    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    t.diagnostic(`${elements} elements in the page`);
    assert.ok(elements < 20_000, `${elements} elements in the page`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a source of 1 MB of text is shown a page at a time around its quote", async () => {
    const page = await newPage(browser);
    await page.goto(`${home.url}/?data=data/long-text.json&view=list`);
    const card = page.locator("[data-testid=event-card]").first();
    await card.waitFor({ timeout: 10_000 });
    await card.locator(".sources-toggle").click();
    const text = card.locator("details.source-text");
    await text.locator("summary").click();
    const mark = text.locator(".source-text-body mark");
    await mark.waitFor({ timeout: 5000 });
    assert.deepEqual(await mark.allTextContents(), [QUOTE]);
    const shown = await text.locator(".source-text-body p").count();
    assert.ok(shown > 0 && shown <= 200, `${shown} paragraphs shown`);
    assert.match(await text.locator(".source-text-body p").first().textContent(), /^Paragraph 2101\. /);
    assert.equal(await text.getByTestId("text-later").isVisible(), true);
    assert.equal(await text.getByTestId("text-earlier").isVisible(), true);

    await text.getByTestId("text-later").click();
    await page.waitForFunction(
      (before) => document.querySelectorAll("[data-testid=event-card] .source-text-body p").length > before,
      shown,
      { timeout: 5000 },
    );
    const more = await text.locator(".source-text-body p").count();
    assert.ok(more <= 400, `${more} paragraphs after one more page`);
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    assert.ok(elements < 20_000, `${elements} elements in the page`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("opening a source's text brings its quote into view, not under the sticky year bar", async () => {
    const page = await newPage(browser);
    await page.goto(`${home.url}/?data=data/long-text.json&view=list`);
    const card = page.locator("[data-testid=event-card]").first();
    await card.waitFor({ timeout: 10_000 });
    await card.locator(".sources-toggle").click();
    await card.locator("details.source-text summary").click();
    await card.locator(".source-text-body mark").waitFor({ timeout: 5000 });
    await page.waitForTimeout(300); // the viewer scrolls on the next animation frame
    // What a reader sees at the middle of the quote's first line: the quote, nothing on top of it.
    const seen = await page.evaluate(() => {
      const mark = document.querySelector("[data-testid=event-card] .source-text-body mark");
      const line = mark.getClientRects()[0];
      const top = document.elementFromPoint(line.left + 4, (line.top + line.bottom) / 2);
      const path = [];
      for (let element = top; element && path.length < 4; element = element.parentElement) {
        path.unshift(element.tagName.toLowerCase() + (element.className ? `.${element.className}` : ""));
      }
      return { line: { top: line.top, bottom: line.bottom }, innerHeight, onTop: path.join(" > "), isMark: top === mark };
    });
    assert.ok(seen.line.top >= 0 && seen.line.bottom <= seen.innerHeight && seen.isMark, JSON.stringify(seen));
    await page.context().close();
  });
});
