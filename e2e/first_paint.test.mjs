// End-to-end tests of the first paint: what index.html shows before the wasm has loaded
// (scripts/first-paint.mjs, style/first_paint.css), and how the app takes it over
// (src/ui/browser/first_paint.rs) — with the wasm and the data held back, so each stage
// can be looked at, and on a throttled network.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { endSession, launchChromium, newPage, startSession } from "./browser.mjs";
import { bundled, bundledAsPublished, bundledText, textIn } from "./bundled.mjs";
import { documentHash, escapeText, firstPaintHtml, usableFacts } from "../scripts/first-paint.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const facts = JSON.parse(readFileSync(join(root, "data", "chronology.first-paint.json"), "utf8"));
const words = JSON.parse(readFileSync(join(root, "data", "chronology.first-paint-words.json"), "utf8"));
let server;
let browser;

before(async () => ({ server, browser } = await startSession({ fixtures: true })));
after(() => endSession({ server, browser }));

/** From the page's first script on, records layout shifts (window.shifts) and, in every
 * animation frame (which runs just before that frame is painted), what the frame shows:
 * how many frames had more than one heading, none once there had been one, or the bundled
 * chronology's title anywhere (window.frames). */
function recordFrames(page) {
  return page.addInitScript((title) => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({ value: entry.value, recentInput: entry.hadRecentInput, at: entry.startTime });
      }
    }).observe({ type: "layout-shift", buffered: true });
    window.frames = { count: 0, twoHeadings: 0, noHeading: 0, bundledTitle: 0 };
    let headed = false;
    const sample = () => {
      if (document.body) {
        const frames = window.frames;
        frames.count += 1;
        const headings = [...document.querySelectorAll("h1")].filter((h) => h.checkVisibility()).length;
        if (headings > 1) frames.twoHeadings += 1;
        if (headings === 0 && headed) frames.noHeading += 1;
        headed ||= headings > 0;
        if (document.body.innerText.includes(title)) frames.bundledTitle += 1;
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, bundled.title);
}

/** Holds every response whose URL matches `pattern` until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Cumulative layout shift: the sum of every shift not caused by input. */
const cls = (page) => page.evaluate(() => window.shifts.filter((s) => !s.recentInput).reduce((sum, s) => sum + s.value, 0));

const BOXES = [
  "h1",
  ".app-name",
  ".full-view-link",
  ".document-description",
  ".problem-list",
  ".toolbar",
  ".view-toggle",
  ".filter-bar",
  ".page-actions",
  ".timeline-controls",
  ".timeline-plot",
  ".lane-label",
];

/** The boxes on screen, for each of BOXES every visible match as [x, y, width, height]. */
function boxes(page) {
  return page.evaluate((selectors) => {
    const round = (value) => Math.round(value * 10) / 10;
    return Object.fromEntries(
      selectors.map((selector) => [
        selector,
        [...document.querySelectorAll(selector)]
          .filter((element) => element.checkVisibility())
          .map((element) => {
            const box = element.getBoundingClientRect();
            return [box.x, box.y, box.width, box.height].map(round);
          }),
      ]),
    );
  }, BOXES);
}

/** Asserts that everything `earlier` showed is at the same place in `later`. */
function assertSameBoxes(earlier, later, stage) {
  for (const [selector, shown] of Object.entries(earlier)) {
    if (shown.length) assert.deepEqual(later[selector], shown, `${selector} where the first paint had it, ${stage}`);
  }
}

const timing = (page) =>
  page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const wasm = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
    return {
      firstPaint: at("timeline:first-paint"),
      firstContentfulPaint: at("first-contentful-paint"),
      firstRender: at("timeline:first-render"),
      wasmEnd: wasm?.responseEnd,
    };
  });

const wasmArrived = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith(".wasm")));

describe("the first paint, before the wasm", () => {
  // [address, width, height, what the loaded view shows, what the first paint shows]
  const cases = [
    ["/", 1440, 900, ".mark", [".document-description", ".problem-list", ".toolbar", ".timeline-plot"]],
    ["/", 390, 844, ".mark", [".document-description", ".problem-list", ".toolbar", ".timeline-plot"]],
    ["/?embed=1", 1440, 900, ".mark", [".full-view-link", ".toolbar", ".timeline-plot"]],
    // A narrow embed opens on the list: no timeline's box.
    ["/?embed=1", 390, 844, "[data-testid=event-card]", [".full-view-link", ".toolbar"]],
    ["/?view=list", 390, 844, "[data-testid=event-card]", [".document-description", ".problem-list", ".toolbar"]],
    ["/?mode=presenter", 1440, 900, "[data-testid=presenter-view]", []],
    // The reader's page (what articles embed), whose toolbar has no Sources view or page
    // actions: its outline matches it too.
    ["/embed.html?embed=1", 1440, 900, ".mark", [".full-view-link", ".toolbar", ".timeline-plot"]],
    ["/embed.html", 1440, 900, ".mark", [".document-description", ".problem-list", ".toolbar", ".timeline-plot"]],
    // In Ukrainian and Russian the outline has those languages' words, and the title and
    // description the data's Ukrainian and Russian texts.
    ["/?lang=uk", 1440, 900, ".mark", [".document-description", ".problem-list", ".toolbar", ".timeline-plot"]],
    ["/?lang=ru", 390, 844, ".mark", [".document-description", ".problem-list", ".toolbar", ".timeline-plot"]],
    ["/?lang=uk&embed=1", 390, 844, "[data-testid=event-card]", [".full-view-link", ".toolbar"]],
  ];
  for (const [address, width, height, loaded, parts] of cases) {
    test(`${address} at ${width}×${height}: the title before the wasm, and nothing moves as the app takes over`, async (t) => {
      const page = await newPage(browser, { viewport: { width, height } });
      await recordFrames(page);
      const releaseWasm = await hold(page, /\.wasm$/);
      const releaseData = await hold(page, /\/chronology\.json$/);
      await page.goto(server.url + address, { waitUntil: "commit" });
      // Painted (the mark comes in the frame, the paint timing right after it), with the wasm
      // still on its way.
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
      assert.equal(await wasmArrived(page), false);
      assert.ok((await timing(page)).firstPaint > 0, "timeline:first-paint is marked");
      // The data's texts in the reader's language: Ukrainian or Russian where asked for.
      const lang = new URL(address, server.url).searchParams.get("lang") ?? "en";
      const heading = page.locator("#first-paint h1");
      assert.equal(await heading.isVisible(), true);
      assert.equal(await heading.innerText(), textIn(bundledAsPublished.title, lang));
      const painted = await boxes(page);
      const shown = Object.keys(painted).filter((selector) => painted[selector].length);
      assert.deepEqual(shown.filter((s) => ![".app-name", "h1", ".view-toggle", ".filter-bar", ".page-actions", ".timeline-controls", ".lane-label"].includes(s)), parts);
      if (parts.includes(".document-description")) {
        assert.equal(await page.locator("#first-paint .document-description").innerText(), textIn(bundledAsPublished.description, lang));
      }
      if (parts.includes(".timeline-plot")) {
        const labels = await page.locator("#first-paint .lane-label").evaluateAll((all) => all.filter((label) => label.checkVisibility()).map((label) => label.textContent));
        assert.deepEqual(labels, bundledAsPublished.lanes.map((lane) => textIn(lane.label, lang)));
      }

      // The app has started; the data is still on its way.
      releaseWasm();
      await page.locator(".loading-view").waitFor({ state: "attached" });
      assert.equal(await page.locator("#first-paint").count(), 0, "the first paint is taken over");
      assertSameBoxes(painted, await boxes(page), "while the app loads the data");
      if (parts.includes(".timeline-plot")) {
        assert.equal(await page.locator(".timeline-plot [data-testid=loading]").isVisible(), true, "the loading message is in the timeline's box");
      }

      // The chronology is drawn.
      releaseData();
      await page.locator(loaded).first().waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assertSameBoxes(painted, await boxes(page), "once the chronology is drawn");
      assert.equal(await page.locator("h1").textContent(), textIn(bundledAsPublished.title, lang));

      assert.equal(await cls(page), 0, JSON.stringify(await page.evaluate(() => window.shifts)));
      const frames = await page.evaluate(() => window.frames);
      assert.equal(frames.twoHeadings, 0, "no frame shows both the first paint's heading and the app's");
      assert.equal(frames.noHeading, 0, "no frame shows neither");
      const { firstPaint, firstRender } = await timing(page);
      if (loaded === ".mark") {
        assert.ok(firstPaint < firstRender, `timeline:first-paint at ${firstPaint} ms, before timeline:first-render at ${firstRender} ms`);
      }
      t.diagnostic(`CLS 0 over ${frames.count} frames; timeline:first-paint at ${firstPaint.toFixed(0)} ms`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  test("at the widths where the toolbar folds and wraps, the outline is the app's layout too", async () => {
    for (const address of ["/", "/?embed=1", "/?lang=uk", "/?lang=ru&embed=1"]) {
      for (const width of [1920, 1024, 800, 701, 700, 480, 479, 320]) {
        const page = await newPage(browser, { viewport: { width, height: 900 } });
        const releaseWasm = await hold(page, /\.wasm$/);
        await page.goto(server.url + address, { waitUntil: "commit" });
        await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
        const painted = await boxes(page);
        releaseWasm();
        await page.locator(".mark, [data-testid=event-card]").first().waitFor();
        assertSameBoxes(painted, await boxes(page), `${address} at ${width} px`);
        await page.context().close();
      }
    }
  });

  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    test(`on a slow connection (${width}×${height}) the title is on screen long before the wasm has arrived, and nothing moves`, async (t) => {
      const page = await newPage(browser, { viewport: { width, height } });
      await recordFrames(page);
      // The phone profile: 150 ms round trip, 1.6 Mbit/s (the test server does not
      // compress, so the wasm takes longer here than gzipped).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 150,
        downloadThroughput: 200_000,
        uploadThroughput: 100_000,
      });
      await page.goto(server.url + "/", { waitUntil: "commit" });
      await page.waitForFunction(() => performance.getEntriesByName("timeline:first-paint").length > 0);
      assert.equal(await page.locator("#first-paint h1").innerText(), bundled.title);
      assert.equal(await wasmArrived(page), false, "the title shows while the wasm is still downloading");
      await page.waitForSelector(".mark", { timeout: 60_000 });
      const { firstPaint, firstContentfulPaint, firstRender, wasmEnd } = await timing(page);
      assert.ok(firstContentfulPaint < wasmEnd, `first paint at ${firstContentfulPaint} ms, the wasm in at ${wasmEnd} ms`);
      assert.ok(firstPaint < wasmEnd && firstPaint < firstRender);
      const shift = await cls(page);
      assert.equal(shift, 0, JSON.stringify(await page.evaluate(() => window.shifts)));
      t.diagnostic(
        `first contentful paint ${firstContentfulPaint.toFixed(0)} ms, timeline:first-paint ${firstPaint.toFixed(0)} ms, ` +
          `wasm in ${wasmEnd.toFixed(0)} ms, timeline:first-render ${firstRender.toFixed(0)} ms, CLS ${shift}`,
      );
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  test("where scroll bars take room, the page keeps its width when a long view arrives below the first paint", async () => {
    const windowsLike = await launchChromium({ scrollbars: true });
    try {
      for (const address of ["/?view=list", "/?event=evt-042"]) {
        const page = await newPage(windowsLike, { viewport: { width: 1366, height: 768 } });
        await recordFrames(page);
        const releaseWasm = await hold(page, /\.wasm$/);
        await page.goto(server.url + address, { waitUntil: "commit" });
        await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
        const painted = await boxes(page);
        assert.equal(painted[".toolbar"].length, 1);
        releaseWasm();
        await page.locator("[data-testid=event-card], .mark").first().waitFor();
        assert.ok(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight), "the page scrolls now");
        assertSameBoxes(painted, await boxes(page), `once ${address} is drawn`);
        assert.equal(await cls(page), 0);
        await page.context().close();
      }
    } finally {
      await windowsLike.close();
    }
  });

  test("a page that loads another chronology never shows the bundled title, even when the first-paint script is slow", async () => {
    const page = await newPage(browser);
    await recordFrames(page);
    await page.route(/\/first-paint-[0-9a-f]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    const releaseWasm = await hold(page, /\.wasm$/);
    await page.goto(server.url + "/?data=fixtures/broken.json&view=list", { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("timeline:first-paint").length > 0);
    // The app's name, and a placeholder where the title will be: nothing of the bundled one.
    assert.equal(await page.locator("#first-paint .app-name").isVisible(), true);
    assert.equal(await page.locator("#first-paint .first-paint-bundled").evaluateAll((titles) => titles.some((title) => title.checkVisibility())), false);
    assert.equal(await page.locator("#first-paint .first-paint-content").isVisible(), false);
    releaseWasm();
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.equal(await page.locator("h1").textContent(), "A chronology with mistakes");
    const frames = await page.evaluate(() => window.frames);
    assert.ok(frames.count > 0);
    assert.equal(frames.bundledTitle, 0, `the bundled title was in ${frames.bundledTitle} of ${frames.count} frames`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the slides draw nothing before the app, as they cover the page once it runs", async () => {
    const page = await newPage(browser);
    const releaseWasm = await hold(page, /\.wasm$/);
    await page.goto(server.url + "/?mode=present&event=evt-042", { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("timeline:first-paint").length > 0);
    assert.equal(await page.evaluate(() => document.body.innerText.trim()), "");
    releaseWasm();
    await page.locator("[data-testid=slide]").waitFor();
    await page.context().close();
  });

  test("without JavaScript the page says what it is and links to the data", async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(server.url + "/");
    assert.equal(await page.locator("h1").innerText(), bundled.title);
    assert.equal(await page.locator(".document-description").innerText(), bundled.description);
    const noscript = page.locator(".noscript");
    assert.equal(await noscript.isVisible(), true);
    assert.match(await noscript.textContent(), /needs JavaScript and WebAssembly/);
    assert.equal(await noscript.getByRole("link", { name: "chronology.json" }).getAttribute("href"), "chronology.json");
    // No placeholder for a viewer that will never come.
    const anyVisible = (selector) => page.locator(selector).evaluateAll((all) => all.some((element) => element.checkVisibility()));
    assert.equal(await anyVisible(".first-paint-viewer"), false);
    assert.equal(await anyVisible(".problem-list"), false);
    await page.context().close();
  });
});

describe("the first paint's HTML", () => {
  const html = readFileSync(join(root, "dist", "index.html"), "utf8");

  test("has no inline script and no style attribute, and its scripts have SRI", () => {
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(html, /\sstyle=/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    assert.equal(scripts.length, 2, "the first-paint script and the loader");
    for (const tag of scripts) assert.match(tag, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    // The first-paint script comes before the style sheets, so that it waits for none.
    assert.ok(html.indexOf("/first-paint-") < html.indexOf('rel="stylesheet"'));
  });

  test("holds the bundled chronology's title and description as text, in each of its languages", () => {
    for (const [tag, title] of Object.entries(bundledAsPublished.title)) {
      assert.ok(html.includes(`lang="${tag}" data-text-lang="${tag}"${tag === "en" ? " data-text-default" : ""}>${escapeText(title)}</span>`), tag);
    }
    for (const description of Object.values(bundledAsPublished.description)) assert.ok(html.includes(`>${escapeText(description)}</span>`));
    assert.ok(html.includes('class="timeline-plot first-paint-plot"'), "the facts are current, so the viewer's outline is drawn");
  });

  test("writes a chronology's words as text, never as HTML", () => {
    const out = firstPaintHtml(
      { title: '<img src=x onerror="alert(1)">', description: "Tom & Jerry </p><script>alert(2)</script>" },
      { ...facts, lanes: [{ label: "<b>Lane</b>", class: "lane-0", rows: 1 }], tags: ['"><svg onload=alert(3)>'] },
      { words },
    );
    assert.doesNotMatch(out, /<img|<script|<svg|<b>/);
    assert.ok(out.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"));
    assert.ok(out.includes("Tom &amp; Jerry &lt;/p&gt;&lt;script&gt;"));
    assert.ok(out.includes("&lt;b&gt;Lane&lt;/b&gt;"));
  });

  test("uses the reader's facts only for the chronology they were made from", () => {
    assert.equal(documentHash(bundledText), facts.document, "run `cargo run --example first_paint_facts`");
    assert.deepEqual(usableFacts(facts, bundledText), { facts });
    assert.match(usableFacts(facts, Buffer.from("{}")).reason, /another chronology/);
    assert.match(usableFacts({ ...facts, errors: 2 }, bundledText).reason, /problems/);
    assert.match(usableFacts(null, bundledText).reason, /no first-paint facts/);
    const alone = firstPaintHtml(bundledAsPublished, null, { words });
    assert.ok(alone.includes("first-paint-bundled") && !alone.includes("first-paint-viewer"));
  });
});
