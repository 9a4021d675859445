// End-to-end tests of briefing mode: a presentation driven by a clicker's keys, the presenter's
// window, and the printed handout.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { serveFolders } from "./static_server.mjs";
import { launchChromium, newPage } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundled = JSON.parse(readFileSync(join(root, "data", "chronology.json"), "utf8"));
const byId = new Map(bundled.events.map((event) => [event.id, event]));
const FILTER = "hide=frontline,humanitarian,other";
let server;
let browser;

before(async () => {
  server = await serveFolders({ "/": join(root, "dist") });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The ids of the events a filter shows, in the order the list (the handout) gives them. */
async function listedIds(query) {
  const page = await newPage(browser);
  await page.goto(`${server.url}/?view=list&${query}`);
  await page.locator("[data-testid=event-card]").first().waitFor();
  const ids = await page
    .locator("[data-testid=event-card]")
    .evaluateAll((cards) => cards.map((card) => card.id.replace(/^event-/, "")));
  await page.context().close();
  return ids;
}

/** What the slide on screen says. */
async function slide(page) {
  const show = page.locator("[data-testid=slide-show]");
  return {
    counter: await show.locator("[data-testid=slide-counter]").textContent(),
    id: await show.locator("[data-testid=slide]").getAttribute("data-event"),
    title: await show.locator(".slide-title").textContent(),
  };
}

/** Waits for slide `n` of `ids` and checks it shows that event. */
async function expectSlide(page, ids, n) {
  await page.locator("[data-testid=slide-counter]").filter({ hasText: `${n} / ${ids.length}` }).waitFor();
  const shown = await slide(page);
  assert.equal(shown.id, ids[n - 1], `slide ${n}`);
  assert.equal(shown.title, byId.get(ids[n - 1]).title);
  assert.equal(new URL(page.url()).searchParams.get("event"), ids[n - 1], "the URL names the slide");
  assert.equal(new URL(page.url()).searchParams.get("mode"), "present");
}

describe("presenting", () => {
  test("a clicker's keys drive the whole presentation, and Escape returns to the same event", async () => {
    const ids = await listedIds(FILTER);
    assert.equal(ids.length, 40);
    const page = await newPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/?${FILTER}`);
    await page.locator(".mark").first().waitFor();
    await page.click("[data-testid=present]");
    await expectSlide(page, ids, 1);
    assert.equal(await page.locator(".viewer").getAttribute("inert"), "", "the page behind is inert");

    const steps = [
      ["ArrowRight", 2],
      ["Space", 3],
      ["PageDown", 4],
      ["PageUp", 3],
      ["ArrowLeft", 2],
      ["Shift+Space", 1],
      ["ArrowLeft", 1],
      ["End", 40],
      ["ArrowRight", 40],
      ["Home", 1],
    ];
    for (const [key, n] of steps) {
      await page.keyboard.press(key);
      await expectSlide(page, ids, n);
    }
    for (const key of ["1", "2"]) await page.keyboard.press(key);
    assert.match(await page.locator("[data-testid=slide-typed]").textContent(), /12/);
    await page.keyboard.press("Enter");
    await expectSlide(page, ids, 12);
    await page.keyboard.press("9");
    await page.keyboard.press("9");
    await page.keyboard.press("Enter");
    await expectSlide(page, ids, 40);
    await page.keyboard.press("Home");
    for (let n = 2; n <= 40; n++) {
      await page.keyboard.press("PageDown");
      await expectSlide(page, ids, n);
    }
    await page.keyboard.press("7");
    await page.keyboard.press("Enter");
    await expectSlide(page, ids, 7);

    await page.keyboard.press("Escape");
    await page.locator("[data-testid=slide-show]").waitFor({ state: "detached" });
    const id = ids[6];
    assert.equal(new URL(page.url()).searchParams.get("mode"), null);
    assert.equal(new URL(page.url()).searchParams.get("event"), id);
    assert.equal(await page.locator("[data-testid=detail-panel] .event-title").textContent(), byId.get(id).title);
    const mark = page.locator(`.mark[data-event="${id}"]`);
    assert.equal(await mark.isVisible(), true, "the event is drawn on the timeline");
    const plot = await page.getByTestId("timeline-plot").boundingBox();
    const box = await mark.boundingBox();
    assert.ok(box.x >= plot.x && box.x + box.width <= plot.x + plot.width + 1, "and in view");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a slide shows the date as reported, lane, figures with claimants, claims and sources", async () => {
    const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}/?mode=present&event=evt-042`);
    await page.locator("[data-testid=slide]").waitFor();
    const event = byId.get("evt-042");
    const slideElement = page.locator("[data-testid=slide]");
    assert.equal(await slideElement.locator("[data-testid=slide-date]").textContent(), "26 June 2025");
    assert.equal(await slideElement.locator(".lane-badge").textContent(), "Prisoner exchanges");
    assert.equal(await slideElement.locator(".slide-summary").textContent(), event.summary);
    const figures = await slideElement.locator(".figure").allTextContents();
    assert.equal(figures.length, event.figures.length);
    assert.ok(figures.some((figure) => /according to Ukraine/.test(figure)), figures.join(" | "));
    const sources = await slideElement.locator(".slide-source").allTextContents();
    for (const sourceId of event.sources) {
      const source = bundled.sources.find((s) => s.id === sourceId);
      assert.ok(sources.some((text) => text.includes(source.publisher) && text.includes(source.quote.exact)), source.id);
    }
    assert.equal(await page.locator("[data-testid=slide-counter]").textContent(), "42 / 68");
    // Opened from a link, without a click, the browser gives no full screen: the slides fill the window.
    const box = await page.locator("[data-testid=slide-show]").boundingBox();
    assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 1920, 1080]);
    // Where this event sits: the marker on the overview strip, between the year labels around it.
    const marker = await page.locator("[data-testid=overview-current]").boundingBox();
    const years = await page.locator("[data-testid=slide-show] .overview-year").evaluateAll((labels) =>
      labels.map((label) => [label.textContent, label.getBoundingClientRect().x + label.offsetWidth / 2]),
    );
    const x = (year) => years.find(([label]) => label === year)[1];
    assert.ok(marker.x > x("2025") && marker.x < x("2026"), JSON.stringify({ marker, years }));

    // Slides arrive with a short transition, and with none for readers who ask for less motion.
    const animation = () => page.locator("[data-testid=slide]").evaluate((element) => getComputedStyle(element).animationName);
    assert.equal(await animation(), "slide-in");
    await page.emulateMedia({ reducedMotion: "reduce" });
    assert.equal(await animation(), "none");

    // A contested event shows its claim line.
    await page.goto(`${server.url}/?mode=present&event=evt-009`);
    await page.locator("[data-testid=slide]").waitFor();
    assert.match(await page.locator("[data-testid=slide] [data-testid=claim]").textContent(), /disputed/i);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("swipes page on touch screens", async () => {
    const page = await newPage(browser, { viewport: { width: 800, height: 600 }, hasTouch: true });
    await page.goto(`${server.url}/?mode=present&event=evt-042`);
    await page.locator("[data-testid=slide]").waitFor();
    const swipe = (fromX, toX) =>
      page.locator("[data-testid=slide-show]").evaluate(
        (show, [fromX, toX]) => {
          const options = { pointerType: "touch", bubbles: true, clientY: 300, pointerId: 7 };
          show.dispatchEvent(new PointerEvent("pointerdown", { ...options, clientX: fromX }));
          show.dispatchEvent(new PointerEvent("pointerup", { ...options, clientX: toX }));
        },
        [fromX, toX],
      );
    await swipe(600, 300);
    await page.locator("[data-testid=slide-counter]").filter({ hasText: "43 / 68" }).waitFor();
    await swipe(200, 500);
    await page.locator("[data-testid=slide-counter]").filter({ hasText: "42 / 68" }).waitFor();
    await swipe(400, 380);
    await page.waitForTimeout(200);
    assert.equal(await page.locator("[data-testid=slide-counter]").textContent(), "42 / 68", "a tap is not a swipe");
    await page.context().close();
  });

  test("the presenter's window shows the current and next event and stays in step", async () => {
    const ids = bundled.events.map((event) => event.id);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const show = await context.newPage();
    await show.goto(`${server.url}/?mode=present&event=evt-042`);
    await show.locator("[data-testid=slide]").waitFor();
    const presenter = await context.newPage();
    await presenter.goto(`${server.url}/?mode=presenter&event=evt-042`);
    await presenter.locator("[data-testid=presenter-view]").waitFor();
    const listed = await listedIds("");
    const at = (n) => byId.get(listed[n - 1]).title;
    assert.equal(await presenter.getByTestId("presenter-current").textContent(), at(42));
    assert.equal(await presenter.getByTestId("presenter-next").textContent(), at(43));
    assert.match(await presenter.getByTestId("presenter-elapsed").textContent(), /^0:0\d$/);

    await show.bringToFront();
    await show.keyboard.press("ArrowRight");
    await presenter.getByTestId("presenter-counter").filter({ hasText: "43 / 68" }).waitFor();
    assert.equal(await presenter.getByTestId("presenter-current").textContent(), at(43));

    await presenter.bringToFront();
    await presenter.keyboard.press("PageDown");
    await show.locator("[data-testid=slide-counter]").filter({ hasText: "44 / 68" }).waitFor();
    assert.equal(await show.locator(".slide-title").textContent(), at(44));
    assert.ok(ids.includes(new URL(show.url()).searchParams.get("event")));
    await context.close();
  });
});

describe("the handout", () => {
  test("prints the filtered events with their sources written out, and no controls", async () => {
    const ids = await listedIds(FILTER);
    const page = await newPage(browser);
    await page.addInitScript(() => {
      window.printed = 0;
      window.print = () => (window.printed += 1);
    });
    await page.goto(`${server.url}/?${FILTER}`);
    await page.locator(".mark").first().waitFor();
    await page.click("[data-testid=print-handout]");
    assert.equal(await page.evaluate(() => window.printed), 1, "the control prints");

    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.locator("[data-testid=event-card]").first().waitFor();
    await page.emulateMedia({ media: "print" });
    const printed = await page
      .locator("[data-testid=event-card]")
      .evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).map((card) => card.id.replace(/^event-/, "")));
    assert.deepEqual(printed, ids, "every filtered event, in order");
    const controls = await page.locator("button, input, select, textarea").evaluateAll((elements) =>
      elements.filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(controls, [], "no controls are printed");
    assert.equal(await page.locator("[data-testid=handout-header]").isVisible(), true);
    assert.match(await page.locator(".handout-contents").textContent(), /^40 of 68 events \(filtered\) · from /);
    assert.equal(await page.locator("[data-testid=handout-header] [data-testid=overview-strip]").isVisible(), true);
    // Sources are written out with their addresses.
    const firstSource = bundled.sources.find((s) => s.id === byId.get(ids[0]).sources[0]);
    const link = page.locator(`#event-${ids[0]} .source-link`).first();
    assert.equal(await link.isVisible(), true);
    const after = await link.evaluate((element) => getComputedStyle(element, "::after").content);
    assert.ok(after.includes(firstSource.url), after);

    assert.deepEqual(page.errors, []);
    await page.context().close();

    // Printed for real (Chromium's print-to-PDF) straight from the timeline: the list comes out.
    const fresh = await newPage(browser);
    await fresh.goto(`${server.url}/?${FILTER}`);
    await fresh.locator(".mark").first().waitFor();
    const pdf = await fresh.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 10 && pages <= 40, `${pages} pages for 40 events`);
    await fresh.locator(".mark").first().waitFor({ timeout: 5000 });
    assert.equal(await fresh.locator("[data-testid=handout-header]").count(), 0, "back to the timeline after printing");
    await fresh.context().close();
  });
});
