// End-to-end tests of the interactive timeline in headless Chromium.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { endSession, newPage, startSession } from "./browser.mjs";
import { bundled } from "./bundled.mjs";

let server;
let browser;

before(async () => ({ server, browser } = await startSession()));
after(() => endSession({ server, browser }));

async function open(path = "/", options) {
  const page = await newPage(browser, options);
  await page.goto(server.url + path);
  await page.waitForSelector(".mark");
  return page;
}

/** The visible range the timeline reports, in ms, and the plot's box. */
async function view(page) {
  const plot = page.locator("[data-testid=timeline-plot]");
  const [start, end] = await Promise.all([plot.getAttribute("data-start"), plot.getAttribute("data-end")]);
  const box = await plot.boundingBox();
  return { start: Number(start), end: Number(end), span: Number(end) - Number(start), box };
}

/** Events represented on screen: single marks plus the counts of cluster marks. */
async function represented(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".mark")].reduce(
      (sum, mark) => sum + (mark.classList.contains("cluster") ? Number(mark.textContent) : 1),
      0,
    ),
  );
}

const waitForRangeChange = (page, before) =>
  page.waitForFunction(
    (start) => document.querySelector("[data-testid=timeline-plot]").dataset.start !== start,
    String(before.start),
  );

describe("the interactive timeline", () => {
  test("opens at fit-all with every event drawn or counted, lanes labelled, no console errors", async () => {
    const page = await open();
    assert.equal(await represented(page), 68);
    const lanes = await page.locator(".lane .lane-badge").allTextContents();
    assert.deepEqual(lanes, bundled.lanes.map((lane) => lane.label));
    const ticks = await page.locator(".tick-label").allTextContents();
    for (const year of ["2022", "2023", "2024", "2025", "2026"]) assert.ok(ticks.includes(year), ticks.join(" "));
    const marked = await page.evaluate(() => performance.getEntriesByName("timeline:first-render").length);
    assert.equal(marked, 1);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the wheel zooms around the pointer", async () => {
    const page = await open();
    const before = await view(page);
    const pointerX = 300;
    const atPointer = before.start + (pointerX / before.box.width) * before.span;
    await page.mouse.move(before.box.x + pointerX, before.box.y + 120);
    await page.mouse.wheel(0, -400);
    await waitForRangeChange(page, before);
    const after = await view(page);
    assert.ok(after.span < before.span / 1.5, `span ${before.span} → ${after.span}`);
    const stillAtPointer = after.start + (pointerX / after.box.width) * after.span;
    assert.ok(Math.abs(stillAtPointer - atPointer) < before.span / 1000, "the moment under the pointer stays");
    await page.context().close();
  });

  test("buttons zoom in, zoom out and fit all", async () => {
    const page = await open();
    const fit = await view(page);
    await page.getByTestId("zoom-in").click();
    const zoomed = await view(page);
    assert.ok(Math.abs(zoomed.span - fit.span / 2) < 1, "zoom in halves the span");
    assert.ok(Math.abs((zoomed.start + zoomed.end) / 2 - (fit.start + fit.end) / 2) < 1000, "around the centre");
    await page.getByTestId("zoom-out").click();
    await page.getByTestId("zoom-in").click();
    await page.getByTestId("zoom-in").click();
    await page.getByTestId("fit-all").click();
    const again = await view(page);
    assert.equal(again.start, fit.start);
    assert.equal(again.end, fit.end);
    await page.context().close();
  });

  test("dragging pans the view", async () => {
    const page = await open("/?range=2025-05-01T00:00Z~2025-08-01T00:00Z");
    const before = await view(page);
    const y = before.box.y + before.box.height - 10;
    await page.mouse.move(before.box.x + 700, y);
    await page.mouse.down();
    await page.mouse.move(before.box.x + 600, y, { steps: 5 });
    await page.mouse.move(before.box.x + 500, y, { steps: 5 });
    await page.mouse.up();
    const after = await view(page);
    const expected = (200 / before.box.width) * before.span;
    assert.ok(Math.abs(after.start - before.start - expected) < before.span / 200, `moved ${after.start - before.start}, expected ${expected}`);
    assert.equal(after.span, before.span);
    assert.equal(await page.getByTestId("detail-panel").isVisible(), false, "a drag is not a click");
    await page.context().close();
  });

  test("a two-finger pinch zooms around the fingers", async () => {
    const page = await open("/?range=2025-01-01T00:00Z~2026-01-01T00:00Z", { hasTouch: true });
    const before = await view(page);
    const cdp = await page.context().newCDPSession(page);
    const y = before.box.y + before.box.height - 15;
    const touch = (type, left, right) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [
          { x: before.box.x + left, y, id: 1 },
          { x: before.box.x + right, y, id: 2 },
        ],
      });
    await touch("touchStart", 500, 600);
    for (let spread = 60; spread <= 300; spread += 40) await touch("touchMove", 550 - spread, 550 + spread);
    await touch("touchEnd");
    const after = await view(page);
    assert.ok(after.span < before.span / 2, `span ${before.span} → ${after.span}`);
    const middle = (scale) => scale.start + (550 / scale.box.width) * scale.span;
    assert.ok(Math.abs(middle(after) - middle(before)) < before.span / 50, "zoomed around the fingers");
    await page.context().close();
  });

  test("clicking a cluster zooms into it, and nothing disappears", async () => {
    const page = await open();
    const before = await view(page);
    const cluster = page.locator(".mark.cluster").first();
    const count = Number(await cluster.textContent());
    assert.ok(count > 1);
    await cluster.click();
    await waitForRangeChange(page, before);
    const after = await view(page);
    assert.ok(after.span < before.span / 4, `span ${before.span} → ${after.span}`);
    assert.ok((await represented(page)) >= count, "the cluster's events are all on screen");
    await page.context().close();
  });

  test("keyboard: one tab stop, arrows move between events, Enter opens, Escape returns", async () => {
    const page = await open();
    await page.getByTestId("fit-all").focus();
    await page.keyboard.press("Tab");
    const label = () => page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    assert.match(await label(), /./, "a mark has the tab stop");
    const tabStops = await page.locator(".mark[tabindex='0']").count();
    assert.equal(tabStops, 1);

    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.activeElement?.dataset.event === "evt-001");
    assert.equal(await label(), `24 February 2022, Front line: ${bundled.events[0].title}`);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.activeElement?.dataset.event === "evt-002");
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("detail-panel");
    await panel.waitFor();
    assert.equal(await panel.locator(".event-title").textContent(), bundled.events[1].title);
    assert.ok(await panel.locator("a.source-link").first().isVisible(), "sources are open in the panel");
    await page.keyboard.press("Escape");
    assert.equal(await panel.isVisible(), false);
    await page.waitForFunction(() => document.activeElement?.dataset.event === "evt-002");

    await page.keyboard.press("End");
    await page.waitForFunction(() => document.activeElement?.dataset.event === "evt-067");
    const before = await view(page);
    await page.keyboard.press("+");
    assert.ok((await view(page)).span < before.span);
    await page.context().close();
  });

  test("at 360 px the timeline is on the first screen and the filters fold away", async () => {
    const page = await open("/", { viewport: { width: 360, height: 780 } });
    const plot = await page.getByTestId("timeline-plot").boundingBox();
    assert.ok(plot.y < 780 - 150, `timeline starts at ${plot.y}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assert.equal(await page.getByTestId("search").isVisible(), false);
    const toggle = page.getByRole("button", { name: "Filters" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    await page.getByTestId("search").fill("Mariupol");
    assert.match(await page.getByTestId("filter-count").textContent(), /^Showing \d+ of 68 events$/);
    await page.context().close();
  });

  test("keys do nothing to the timeline when it does not have focus", async () => {
    const page = await open();
    const before = await view(page);
    await page.getByTestId("search").focus();
    await page.keyboard.press("End");
    await page.keyboard.press("-");
    const after = await view(page);
    assert.equal(after.start, before.start);
    assert.equal(after.end, before.end);
    await page.context().close();
  });
});

describe("filters, views and the URL", () => {
  const haystack = (event) =>
    [
      event.title,
      event.summary ?? "",
      typeof event.location === "string" ? event.location : event.location?.name ?? "",
      ...(event.tags ?? []),
      ...(event.sources ?? []).map((id) => bundled.sources.find((s) => s.id === id).publisher),
    ]
      .join("\n")
      .toLowerCase();

  test("text and lane filters change the count, the timeline and the list alike", async () => {
    const page = await open();
    const expected = bundled.events.filter((event) => haystack(event).includes("sumy")).length;
    assert.ok(expected > 0 && expected < 68);
    await page.getByTestId("search").fill("Sumy");
    await page.waitForFunction((n) => document.querySelector("[data-testid=filter-count]").textContent === `Showing ${n} of 68 events`, expected);
    assert.equal(await represented(page), expected);
    await page.getByTestId("view-list").click();
    assert.equal(await page.locator("[data-testid=event-card]").count(), expected);

    await page.getByTestId("clear-filters").click();
    const talks = bundled.events.filter((e) => e.lane === "talks").length;
    await page.locator(".lane-toggle[data-lane=talks]").click();
    assert.equal(await page.getByTestId("filter-count").textContent(), `Showing ${68 - talks} of 68 events`);
    assert.equal(await page.locator("[data-testid=event-card]").count(), 68 - talks);
    await page.getByTestId("view-timeline").click();
    await page.waitForSelector(".mark");
    assert.equal(await represented(page), 68 - talks);
    await page.context().close();
  });

  test("printing from the timeline prints the list, then returns to the timeline", async () => {
    const page = await open();
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.equal(await page.locator("[data-testid=event-card]").count(), 68);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByTestId("timeline-plot").count(), 0);
    assert.equal(await page.locator(".toolbar").isVisible(), false, "controls are not printed");
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    await page.locator(".mark").first().waitFor();
    assert.equal(await page.locator("[data-testid=event-card]").count(), 0);
    await page.context().close();
  });

  test("the contested filter keeps only disputed claims, each with its claim line", async () => {
    const page = await open("/");
    const contested = bundled.events.filter((e) => e.claim?.disputed_by).length;
    assert.ok(contested > 0);
    await page.getByTestId("contested-only").click();
    assert.equal(await page.getByTestId("filter-count").textContent(), `Showing ${contested} of 68 events`);
    assert.equal(await represented(page), contested);
    await page.getByTestId("view-list").click();
    const claims = await page.locator("[data-testid=event-card] [data-testid=claim]").allTextContents();
    assert.equal(claims.length, contested);
    for (const claim of claims) assert.match(claim, /disputed by/);
    await page.waitForFunction(() => location.search.includes("contested=1"));
    await page.context().close();
  });

  test("the sources index lists each source with its citing events, filtered by publisher", async () => {
    const page = await open("/");
    await page.getByTestId("view-sources").click();
    const entries = page.getByTestId("source-entry");
    await entries.first().waitFor();
    assert.equal(await entries.count(), bundled.sources.length);
    assert.equal(await page.getByTestId("sources-count").textContent(), `${bundled.sources.length} sources`);
    const seed = page.locator("[data-testid=source-entry][data-source=src-afp-2025-06-27]");
    const citing = bundled.events.filter((e) => e.sources.includes("src-afp-2025-06-27"));
    assert.equal(await seed.locator(".cited-by li").count(), citing.length);
    await seed.locator(".cited-by button").first().click();
    assert.equal(await page.getByTestId("detail-panel").locator(".event-title").textContent(), citing[0].title);
    await page.getByTestId("close-detail").click();

    await page.getByTestId("publisher-filter").fill("kyiv independent");
    const expected = bundled.sources.filter((s) => s.publisher.toLowerCase().includes("kyiv independent")).length;
    assert.ok(expected > 0);
    assert.equal(await entries.count(), expected);
    await page.waitForFunction(() => location.search.includes("view=sources"));
    await page.context().close();
  });

  test("a copied URL restores the selection, the filters and the range", async () => {
    const page = await open("/?range=2025-06-01T00:00Z~2025-07-01T00:00Z");
    await page.locator(".lane-toggle[data-lane=other]").click();
    await page.getByTestId("date-from").fill("2025-01-01");
    await page.locator(".mark[data-event=evt-042]").click();
    await page.getByTestId("zoom-in").click();
    await page.waitForFunction(() => location.search.includes("range=") && location.search.includes("event=evt-042"));
    await page.waitForTimeout(600);
    const url = page.url();
    const original = await view(page);
    const count = await page.getByTestId("filter-count").textContent();

    const copy = await open(new URL(url).pathname + new URL(url).search);
    assert.equal(await copy.getByTestId("filter-count").textContent(), count);
    assert.equal(await copy.getByTestId("detail-panel").locator(".event-title").textContent(), bundled.events.find((e) => e.id === "evt-042").title);
    const restored = await view(copy);
    assert.ok(Math.abs(restored.start - original.start) <= 60_000, "range start to the minute");
    assert.ok(Math.abs(restored.end - original.end) <= 60_000, "range end to the minute");
    assert.equal(await copy.locator(".lane-toggle[data-lane=other]").getAttribute("aria-pressed"), "false");
    await page.context().close();
    await copy.context().close();
  });

  test("back and forward step through changes of selection", async () => {
    const page = await open("/?range=2025-06-01T00:00Z~2025-07-01T00:00Z");
    const panelTitle = () => page.getByTestId("detail-panel").locator(".event-title").textContent();
    const title = (id) => bundled.events.find((e) => e.id === id).title;
    await page.locator(".mark[data-event=evt-032]").click();
    await page.waitForFunction(() => location.search.includes("event=evt-032"));
    await page.locator(".mark[data-event=evt-042]").click();
    await page.waitForFunction(() => location.search.includes("event=evt-042"));
    assert.equal(await panelTitle(), title("evt-042"));
    await page.goBack();
    await page.waitForFunction(() => location.search.includes("event=evt-032"));
    assert.equal(await panelTitle(), title("evt-032"));
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("event="));
    assert.equal(await page.getByTestId("detail-panel").isVisible(), false);
    await page.goForward();
    await page.waitForFunction(() => location.search.includes("event=evt-032"));
    assert.equal(await panelTitle(), title("evt-032"));
    await page.context().close();
  });

  test("a link to one event opens it, in view, on its own", async () => {
    const page = await open("/?event=evt-042");
    const panel = page.getByTestId("detail-panel");
    await panel.waitFor();
    assert.equal(await panel.locator(".event-title").textContent(), bundled.events.find((e) => e.id === "evt-042").title);
    const mark = page.locator(".mark[data-event=evt-042]");
    assert.ok(await mark.isVisible(), "the linked event is drawn, not hidden in a cluster");
    assert.equal(await mark.getAttribute("aria-pressed"), "true");
    await page.context().close();
  });
});
