// End-to-end tests of the newsroom embed: the example host page (examples/newsroom, copied
// into dist/newsroom/), the snippet from the Embed dialog, a sandboxed frame and a strict CSP.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serveFolders } from "./static_server.mjs";
import { launchChromium, newPage } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// The policy docs/deploying.md recommends for the viewer's own pages.
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
let server;
let strictServer;
let browser;

before(async () => {
  const roots = { "/fixtures/": join(root, "e2e", "fixtures"), "/": join(root, "dist") };
  server = await serveFolders(roots);
  strictServer = await serveFolders(roots, { "content-security-policy": STRICT_CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  strictServer?.close();
});

/** Opens the example article, recording every message the page receives in `window.messages`. */
async function openArticle(viewport = { width: 1280, height: 900 }) {
  const page = await newPage(browser, { viewport });
  await page.addInitScript(() => {
    window.messages = [];
    window.addEventListener("message", (event) => window.messages.push(event.data));
  });
  await page.goto(server.url + "/newsroom/");
  return page;
}

/** Scrolls the iframe into view (it loads lazily) and waits until it shows events. */
async function loadedFrame(page, testid) {
  const iframe = page.locator(`[data-testid=${testid}]`);
  await iframe.scrollIntoViewIfNeeded();
  await page.frameLocator(`[data-testid=${testid}]`).locator(".mark, [data-testid=event-card]").first().waitFor();
  return { iframe, frame: await (await iframe.elementHandle()).contentFrame() };
}

/** Waits until the iframe is as tall as the page inside it (within 3 px) and the page has
 * nothing to scroll; returns both heights. */
async function settledHeights(iframe, frame) {
  let heights;
  for (let attempt = 0; attempt < 50; attempt++) {
    const [content, scrollable] = await frame.evaluate(() => [
      document.documentElement.getBoundingClientRect().height,
      document.documentElement.scrollHeight - innerHeight,
    ]);
    const box = await iframe.evaluate((element) => element.getBoundingClientRect().height);
    heights = { content, box, scrollable };
    if (Math.abs(content - box) <= 3 && scrollable <= 1) return heights;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the iframe did not follow its content: ${JSON.stringify(heights)}`);
}

/** The article's scroll position once any smooth scrolling has come to rest. */
async function restingScrollY(page) {
  let last = await page.evaluate(() => window.scrollY);
  for (let attempt = 0; attempt < 40; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return now;
    last = now;
  }
  return last;
}

const plotRange = (frame) =>
  frame.locator("[data-testid=timeline-plot]").evaluate((plot) => [plot.dataset.start, plot.dataset.end]);

describe("the example newsroom article", () => {
  test("each embed resizes to its content after load and after an event is opened", async () => {
    const page = await openArticle();
    const light = await loadedFrame(page, "embed-light");
    const first = await settledHeights(light.iframe, light.frame);
    assert.notEqual(Math.round(first.box), 420, "the snippet's 420 px was replaced by the content height");

    await light.frame.locator(".mark:not(.cluster)").first().click();
    await light.frame.locator("[data-testid=detail-panel]").waitFor();
    const opened = await settledHeights(light.iframe, light.frame);
    const panel = await light.frame.locator("[data-testid=detail-panel]").boundingBox();
    const close = await light.frame.locator("[data-testid=close-detail]").boundingBox();
    assert.ok(
      close.x >= panel.x && close.x + close.width <= panel.x + panel.width && close.y >= panel.y && close.y < panel.y + 80,
      `the close button sits in the panel's corner: ${JSON.stringify({ panel, close })}`,
    );
    assert.ok(opened.box > first.box + 50, `taller with the detail panel: ${first.box} → ${opened.box}`);

    const dark = await loadedFrame(page, "embed-dark");
    const darkHeights = await settledHeights(dark.iframe, dark.frame);
    assert.notEqual(Math.round(darkHeights.box), 640);

    // The heights arrive as Datawrapper and AMP messages (no Pym id was given here).
    const messages = await page.evaluate(() => window.messages);
    const datawrapper = messages.filter((m) => m && m["datawrapper-height"]).map((m) => m["datawrapper-height"].chronoline);
    const amp = messages.filter((m) => m && m.sentinel === "amp" && m.type === "embed-size").map((m) => m.height);
    assert.ok(datawrapper.includes(Math.ceil(opened.content)), `${datawrapper} has ${opened.content}`);
    assert.ok(amp.includes(Math.ceil(opened.content)), `${amp} has ${opened.content}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the sandboxed embed renders the contested claims in the dark theme, without errors", async () => {
    const page = await openArticle();
    const { frame } = await loadedFrame(page, "embed-dark");
    assert.equal(await frame.evaluate(() => window.origin), "null", "the frame really is sandboxed");
    await frame.locator("[data-testid=filter-count]").filter({ hasText: "Showing 7 of 68 events" }).waitFor();
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(21, 23, 28)", "background=15171c from the URL");
    const scheme = await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    assert.equal(scheme, "dark");
    assert.equal(await frame.locator(".page-header h1").isVisible(), true);
    assert.equal(await frame.locator(".problem-list").count(), 0, "editors' warnings are not shown to readers");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the wheel and arrow keys scroll the article until the timeline is focused", async () => {
    const page = await openArticle();
    const { iframe, frame } = await loadedFrame(page, "embed-light");
    await settledHeights(iframe, frame);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("[data-testid=embed-light]").scrollIntoViewIfNeeded();
    const range = await plotRange(frame);
    // (Boxes of elements in frames are in the article's viewport coordinates.)
    const plot = await frame.locator("[data-testid=timeline-plot]").boundingBox();
    const x = plot.x + plot.width / 2;
    const y = plot.y + plot.height / 2;

    // Wheel over the timeline: the article scrolls, the timeline keeps its range and says how to zoom.
    let scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 240);
    await page.waitForFunction((before) => window.scrollY > before, scrolled);
    assert.deepEqual(await plotRange(frame), range);
    assert.equal(await frame.locator(".wheel-hint").isVisible(), true);

    // Arrow keys on the article scroll it too.
    await page.locator(".byline").click();
    scrolled = await restingScrollY(page);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction((before) => window.scrollY > before, scrolled);
    assert.deepEqual(await plotRange(frame), range);

    // Once the reader clicks the timeline, the wheel zooms it and the article stays put.
    const axis = await frame.locator("[data-testid=timeline-plot]").boundingBox();
    await page.mouse.click(axis.x + axis.width / 2, axis.y + 10);
    scrolled = await restingScrollY(page);
    await page.mouse.wheel(0, -240);
    await frame.waitForFunction(
      ([start, end]) => {
        const plot = document.querySelector("[data-testid=timeline-plot]");
        return plot.dataset.start !== start || plot.dataset.end !== end;
      },
      range,
    );
    assert.equal(await restingScrollY(page), scrolled);
    // Arrow keys now move between events instead of scrolling.
    const mark = frame.locator(".mark:not(.cluster)").first();
    await mark.focus();
    const label = await mark.getAttribute("aria-label");
    scrolled = await restingScrollY(page);
    await page.keyboard.press("ArrowRight");
    assert.notEqual(await frame.locator(":focus").getAttribute("aria-label"), label);
    assert.equal(await restingScrollY(page), scrolled);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("at 375 px both embeds fit the column, the narrow one as a list", async () => {
    const page = await openArticle({ width: 375, height: 800 });
    for (const testid of ["embed-light", "embed-dark"]) {
      const { iframe, frame } = await loadedFrame(page, testid);
      await settledHeights(iframe, frame);
      assert.equal(await frame.locator("[data-testid=chronology-list]").isVisible(), true);
      const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `${testid} scrolls sideways by ${overflow} px`);
    }
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe("the reader's build (embed.html)", () => {
  test("an embed loads the smaller reader's wasm and shows the events without editor or presenter tools", async () => {
    const page = await newPage(browser);
    const wasm = [];
    page.on("response", (response) => {
      if (response.url().endsWith(".wasm")) wasm.push(response.url());
    });
    await page.goto(`${server.url}/embed.html?embed=1&event=evt-042&range=2025-06-01T00:00Z~2025-07-01T00:00Z`);
    await page.locator("[data-testid=detail-panel]").waitFor();
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /\/chronoline-reader-[0-9a-f]+_bg\.wasm$/);
    assert.equal(
      await page.locator("[data-testid=detail-panel] .event-title").first().textContent(),
      "Exchange frees POWs held 3+ years, many Mariupol defenders",
    );
    assert.ok((await page.locator(".mark").count()) > 0, "the timeline draws its marks");
    for (const tool of ["present", "embed-button", "view-sources"]) {
      assert.equal(await page.locator(`[data-testid=${tool}]`).count(), 0, tool);
    }
    // Leaving the embed leads to the full app, not to the reader's page.
    const full = await page.locator(".full-view-link").getAttribute("href");
    assert.match(full, new RegExp(`^${server.url}/\\?`));
    assert.deepEqual(page.errors, []);

    // The reader's wasm is the smaller download.
    const sizes = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(".wasm")).map((entry) => entry.decodedBodySize),
    );
    const app = await newPage(browser);
    await app.goto(`${server.url}/?view=list`);
    await app.locator("[data-testid=event-card]").first().waitFor();
    const appSizes = await app.evaluate(() =>
      performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(".wasm")).map((entry) => entry.decodedBodySize),
    );
    assert.ok(sizes[0] < appSizes[0] * 0.95, `reader ${sizes[0]} bytes, app ${appSizes[0]} bytes`);
    await app.context().close();
    await page.context().close();
  });
});

describe("embedding", () => {
  test("the snippet from the Embed dialog, pasted into a blank page, reproduces the view", async () => {
    const app = await newPage(browser);
    const view = "hide=frontline,other&q=exchange&event=evt-042&range=2025-06-01T00:00Z~2025-07-01T00:00Z";
    await app.goto(`${server.url}/?${view}`);
    await app.locator("[data-testid=detail-panel]").waitFor();
    const expected = {
      count: await app.locator("[data-testid=filter-count]").textContent(),
      range: await app.locator("[data-testid=visible-range]").textContent(),
      title: await app.locator("[data-testid=detail-panel] .event-title").first().textContent(),
      lanes: await app.locator(".lane .lane-badge").allTextContents(),
    };
    await app.click("[data-testid=embed-button]");
    await app.locator("[data-testid=embed-theme]").selectOption("dark");
    await app.locator("[data-testid=embed-height]").fill("500");
    await app.locator("[data-testid=embed-height]").press("Tab");
    const snippet = await app.locator("[data-testid=embed-code-responsive]").inputValue();
    assert.match(snippet, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?[^"]*embed=1[^"]*" title="[^"]+"[^>]* height="500" loading="lazy"/);
    assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/chronoline-embed\.js" async><\/script>$/);
    await app.keyboard.press("Escape");
    assert.equal(await app.locator("[data-testid=embed-dialog]").isVisible(), false);
    await app.context().close();

    const blank = await newPage(browser);
    await blank.setContent(`<!doctype html><title>Blank</title><body>${snippet}</body>`);
    const iframe = blank.locator("iframe");
    const frame = blank.frameLocator("iframe");
    await frame.locator("[data-testid=detail-panel]").waitFor();
    assert.equal(await frame.locator("[data-testid=filter-count]").textContent(), expected.count);
    assert.equal(await frame.locator("[data-testid=visible-range]").textContent(), expected.range);
    assert.equal(
      await frame.locator("[data-testid=detail-panel] .event-title").first().textContent(),
      expected.title,
    );
    assert.deepEqual(await frame.locator(".lane .lane-badge").allTextContents(), expected.lanes);
    assert.equal(await frame.locator("html").getAttribute("data-theme"), "dark");
    const contentFrame = await (await iframe.elementHandle()).contentFrame();
    const heights = await settledHeights(iframe, contentFrame);
    assert.notEqual(Math.round(heights.box), 500, "the script resized it");
    assert.deepEqual(blank.errors, []);
    await blank.context().close();
  });

  test("an embed adds no history entries and writes nothing to the URL", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?embed=1`);
    await page.waitForSelector(".mark");
    const search = await page.evaluate(() => location.search);
    const entries = await page.evaluate(() => history.length);
    await page.locator(".mark:not(.cluster)").first().click();
    await page.locator("[data-testid=detail-panel]").waitFor();
    await page.locator("[data-testid=zoom-in]").click();
    await page.waitForTimeout(600);
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.equal(await page.evaluate(() => location.search), search);
    assert.equal(await page.locator("[data-testid=embed-button]").count(), 0);
    const link = page.locator(".full-view-link");
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    await page.context().close();
  });

  test("a Pym.js host gets height messages for the frame id it gave", async () => {
    const page = await newPage(browser, { viewport: { width: 800, height: 600 } });
    await page.setContent("<!doctype html><body></body>");
    await page.evaluate((url) => {
      window.messages = [];
      addEventListener("message", (event) => window.messages.push(event.data));
      const iframe = document.createElement("iframe");
      iframe.src = url;
      iframe.style.width = "100%";
      document.body.append(iframe);
    }, `${server.url}/?embed=1&childId=pym-graphic&view=list`);
    await page.waitForFunction(() => window.messages.some((m) => typeof m === "string"));
    const pym = await page.evaluate(() => window.messages.filter((m) => typeof m === "string"));
    assert.match(pym.at(-1), /^pymxPYMxpym-graphicxPYMxheightxPYMx\d+$/);
    await page.context().close();
  });

  test("theme values from the URL are validated: invalid ones are ignored, never injected", async () => {
    const page = await newPage(browser, { colorScheme: "light" });
    const injection = encodeURIComponent("red;}body{display:none");
    await page.goto(`${server.url}/?embed=1&accent=${injection}&background=fffaf0&font=${injection}&theme=sepia`);
    await page.waitForSelector(".mark");
    const style = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return {
        accent: root.getPropertyValue("--color-accent").trim(),
        font: root.getPropertyValue("--font-body"),
        background: getComputedStyle(document.body).backgroundColor,
        display: getComputedStyle(document.body).display,
        inline: document.documentElement.getAttribute("style"),
      };
    });
    assert.equal(style.background, "rgb(255, 250, 240)");
    assert.notEqual(style.display, "none");
    assert.doesNotMatch(style.font + style.inline, /display|red/);
    assert.match(style.accent, /^light-dark\(#1d4ed8/);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
    await page.context().close();
  });
});

describe("a strict Content-Security-Policy", () => {
  test("runs the app with no inline script and no violations", async () => {
    const page = await newPage(browser);
    const violations = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${strictServer.url}/?event=evt-042`);
    assert.equal(response.headers()["content-security-policy"], STRICT_CSP);
    await page.waitForSelector(".mark");
    await page.locator("[data-testid=detail-panel]").waitFor();
    assert.equal(await page.locator("script:not([src])").count(), 0);
    await page.locator("[data-testid=zoom-in]").click();
    await page.locator("[data-testid=view-list]").click();
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
