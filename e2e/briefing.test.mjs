// End-to-end tests of briefing mode: a presentation driven by a clicker's keys, the presenter's
// window (and the channel only the briefing's own windows share), and the printed handout.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { endSession, newPage, startSession } from "./browser.mjs";
import { bundled } from "./bundled.mjs";

const byId = new Map(bundled.events.map((event) => [event.id, event]));
const FILTER = "hide=frontline,humanitarian,other";
let server;
let browser;

before(async () => ({ server, browser } = await startSession()));
after(() => endSession({ server, browser }));

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

/** Records console errors and uncaught exceptions into `page.errors` (as `newPage` does). */
function recordErrors(page) {
  page.errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  page.on("pageerror", (error) => page.errors.push(String(error)));
  return page;
}

/** Opens the presenter's window the way a presenter does, from the presentation's own control.
 * Resolves to the window and the address it was opened at (the viewer rewrites its own URL
 * as the slides change, so this is read from the navigation entry). */
async function openPresenter(show) {
  const [presenter] = await Promise.all([
    show.waitForEvent("popup"),
    show.click("[data-testid=open-presenter-view]"),
  ]);
  recordErrors(presenter);
  await presenter.locator("[data-testid=presenter-view]").waitFor();
  const opened = new URL(
    await presenter.evaluate(() => performance.getEntriesByType("navigation")[0].name),
  );
  return { presenter, opened };
}

/** The BroadcastChannel name of a briefing (the core's `BriefingChannel::name`). */
const channelName = (token) => `chronoline-briefing:${token}`;

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
    const show = recordErrors(await context.newPage());
    await show.goto(`${server.url}/?mode=present&event=evt-042`);
    await show.locator("[data-testid=slide]").waitFor();
    const { presenter, opened } = await openPresenter(show);
    assert.equal(opened.searchParams.get("mode"), "presenter");
    assert.equal(opened.searchParams.get("event"), "evt-042");
    assert.match(opened.searchParams.get("briefing") ?? "", /^[A-Za-z0-9_-]{16,64}$/, "the window joins this briefing");
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

    // A presenter's window opened by hand, without the briefing's token, goes on alone.
    const stranger = recordErrors(await context.newPage());
    await stranger.goto(`${server.url}/?mode=presenter&event=${listed[9]}`);
    await stranger.getByTestId("presenter-counter").filter({ hasText: "10 / 68" }).waitFor();
    await stranger.bringToFront();
    await stranger.keyboard.press("PageDown");
    await stranger.getByTestId("presenter-counter").filter({ hasText: "11 / 68" }).waitFor();
    await show.waitForTimeout(500);
    assert.equal(await show.locator("[data-testid=slide-counter]").textContent(), "44 / 68");
    assert.equal(await presenter.getByTestId("presenter-counter").textContent(), "44 / 68");
    await show.bringToFront();
    await show.keyboard.press("ArrowLeft");
    await presenter.getByTestId("presenter-counter").filter({ hasText: "43 / 68" }).waitFor();
    await stranger.waitForTimeout(300);
    assert.equal(await stranger.getByTestId("presenter-counter").textContent(), "11 / 68", "and is not moved");
    for (const page of [show, presenter, stranger]) assert.deepEqual(page.errors, []);
    await context.close();
  });

  test("only the briefing's own windows move its slides: other tabs, unknown ids and bursts are ignored", async () => {
    const listed = await listedIds("");
    assert.equal(listed.length, 68);
    const at = (n) => listed[n - 1];
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const show = recordErrors(await context.newPage());
    await show.goto(`${server.url}/?mode=present&event=${at(42)}`);
    await show.locator("[data-testid=slide]").waitFor();
    const { presenter, opened } = await openPresenter(show);
    const token = opened.searchParams.get("briefing");
    assert.match(token ?? "", /^[A-Za-z0-9_-]{16,64}$/);
    const showCounter = show.locator("[data-testid=slide-counter]");
    const presenterCounter = presenter.getByTestId("presenter-counter");
    await presenterCounter.filter({ hasText: "42 / 68" }).waitFor();

    // A third page of the same origin (not the viewer: the bare data file) listens on the
    // briefing's channel. Its own console (the browser asking for a /favicon.ico the site does
    // not have) says nothing about the viewer, so only the viewer's windows are checked below.
    const intruder = await context.newPage();
    await intruder.goto(`${server.url}/chronology.json`);
    await intruder.evaluate((name) => {
      window.heard = [];
      window.briefing = new BroadcastChannel(name);
      window.briefing.onmessage = (event) => window.heard.push(event.data);
      // Kept open to the end: a channel closed right after posting might drop its messages.
      window.channels = [];
      window.channel = (name) => {
        const channel = new BroadcastChannel(name);
        window.channels.push(channel);
        return channel;
      };
    }, channelName(token));

    // What the presenter's window says when it pages: `<fingerprint>:<id>`.
    await presenter.bringToFront();
    await presenter.keyboard.press("PageDown");
    await showCounter.filter({ hasText: "43 / 68" }).waitFor();
    await intruder.waitForFunction(() => window.heard.length > 0);
    await intruder.waitForTimeout(300);
    const heard = await intruder.evaluate(() => window.heard);
    assert.equal(heard.length, 1, `the slides do not echo what they received: ${JSON.stringify(heard)}`);
    const [fingerprint, id] = [heard[0].slice(0, 16), heard[0].slice(17)];
    assert.match(fingerprint, /^[0-9a-f]{16}$/);
    assert.equal(heard[0][16], ":");
    assert.equal(id, at(43));

    // From now on, every slide the presentation shows is recorded (a blank slide as null).
    await show.evaluate(() => {
      window.seen = [];
      const record = () => {
        const slide = document.querySelector("[data-testid=slide]");
        const id = slide ? slide.getAttribute("data-event") : null;
        if (window.seen.at(-1) !== id) window.seen.push(id);
      };
      record();
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["data-event"],
      });
    });
    const seen = () => show.evaluate(() => window.seen);
    assert.deepEqual(await seen(), [at(43)]);
    const stillOn = async (n, what) => {
      await show.waitForTimeout(500);
      assert.deepEqual(await seen(), [at(n)], `${what}: the slides neither blank nor move`);
      assert.equal(await showCounter.textContent(), `${n} / 68`, what);
      assert.equal(new URL(show.url()).searchParams.get("event"), at(n), what);
      assert.equal(await presenterCounter.textContent(), `${n} / 68`, `${what}: nor does the presenter's window`);
    };

    // (a) On the right channel with the right fingerprint: an unknown id, and messages that are
    // not strings, too long, or malformed around a valid id.
    const target = at(60);
    await intruder.evaluate(
      ([fingerprint, target]) => {
        const post = (data) => window.briefing.postMessage(data);
        post(`${fingerprint}:evt-does-not-exist`);
        post(`${fingerprint}:`);
        post(target);
        post(`${fingerprint}${target}`);
        post(`${fingerprint.slice(1)}:${target}`);
        post(`0${fingerprint}:${target}`);
        post(` ${fingerprint}:${target}`);
        post(`${fingerprint}:${target}${"\u00a0".repeat(200)}`);
        post(`${fingerprint}:${"x".repeat(100_000)}`);
        post({ id: target });
        post([`${fingerprint}:${target}`]);
        post(42);
        post(null);
        post(new ArrayBuffer(16));
      },
      [fingerprint, target],
    );
    await stillOn(43, "unknown ids and malformed messages");

    // (c) A valid id of the chronology, but for another briefing: another token's channel,
    // the old shared channel, and the right channel with another chronology's fingerprint.
    const otherFingerprint = fingerprint === "0123456789abcdef" ? "fedcba9876543210" : "0123456789abcdef";
    await intruder.evaluate(
      ([fingerprint, otherFingerprint, target, name]) => {
        window.channel("chronoline-briefing:another-briefing-token-0001").postMessage(`${fingerprint}:${target}`);
        window.channel(`${name}x`).postMessage(`${fingerprint}:${target}`);
        window.channel("chronoline-briefing").postMessage(target);
        window.channel("chronoline-briefing").postMessage(`${fingerprint}:${target}`);
        window.briefing.postMessage(`${otherFingerprint}:${target}`);
      },
      [fingerprint, otherFingerprint, target, channelName(token)],
    );
    await stillOn(43, "another briefing's slides");

    // … and a second tab presenting the same chronology, paged: a briefing of its own.
    const other = recordErrors(await context.newPage());
    await other.goto(`${server.url}/?mode=present&event=${at(10)}`);
    await other.locator("[data-testid=slide]").waitFor();
    await other.bringToFront();
    for (const n of [11, 12]) {
      await other.keyboard.press("ArrowRight");
      await other.locator("[data-testid=slide-counter]").filter({ hasText: `${n} / 68` }).waitFor();
    }
    await stillOn(43, "another tab's presentation");
    assert.equal(await intruder.evaluate(() => window.heard.length), 1, "nothing else was said on this briefing's channel");
    await other.close();

    // The right channel, fingerprint and a known id do move it (so the checks above could fail).
    await intruder.evaluate(([fingerprint, target]) => window.briefing.postMessage(`${fingerprint}:${target}`), [
      fingerprint,
      target,
    ]);
    await showCounter.filter({ hasText: "60 / 68" }).waitFor();
    await presenterCounter.filter({ hasText: "60 / 68" }).waitFor();
    assert.deepEqual(await seen(), [at(43), at(60)]);

    // (b) A burst of 5,000 messages (known and unknown ids) on the briefing's channel, and as
    // many on the old shared one: the slides keep answering, change at most once a frame, and
    // end on the last one.
    await show.bringToFront();
    await intruder.evaluate(
      ([fingerprint, ids, last]) => {
        const legacy = window.channel("chronoline-briefing");
        for (let n = 0; n < 5_000; n++) {
          const id = n % 3 === 0 ? `evt-unknown-${n}` : ids[n % ids.length];
          window.briefing.postMessage(`${fingerprint}:${id}`);
          legacy.postMessage(id);
        }
        window.briefing.postMessage(`${fingerprint}:${last}`);
      },
      [fingerprint, listed, at(7)],
    );
    for (let n = 0; n < 8; n++) {
      const started = Date.now();
      await show.evaluate(() => document.querySelector("[data-testid=slide-counter]").textContent);
      const took = Date.now() - started;
      assert.ok(took < 1000, `the slides answered in ${took} ms during the burst`);
      await show.waitForTimeout(50);
    }
    // (Matched whole: "7 / 68" is also part of "17 / 68", which the burst passes through.)
    await showCounter.filter({ hasText: /^\s*7 \/ 68\s*$/ }).waitFor({ timeout: 5000 });
    await presenterCounter.filter({ hasText: /^\s*7 \/ 68\s*$/ }).waitFor({ timeout: 5000 });
    const during = await seen();
    assert.equal(during.at(-1), at(7), "the last message wins");
    assert.ok(!during.includes(null), "never blank");
    assert.ok(during.length < 500, `${during.length} slides shown for 5,000 messages: bursts are coalesced`);
    await show.waitForTimeout(300);
    assert.equal(await showCounter.textContent(), "7 / 68", "and it stays there");
    assert.equal(new URL(show.url()).searchParams.get("event"), at(7));

    // Neither window announced what it received; and they still keep in step afterwards.
    assert.equal(await intruder.evaluate(() => window.heard.length), 1, "nothing received is echoed");
    await show.keyboard.press("ArrowRight");
    await presenterCounter.filter({ hasText: /^\s*8 \/ 68\s*$/ }).waitFor();
    await intruder.waitForFunction(() => window.heard.length === 2);
    assert.equal(await intruder.evaluate(() => window.heard[1]), `${fingerprint}:${at(8)}`);
    for (const page of [show, presenter]) assert.deepEqual(page.errors, []);
    await context.close();
  });
});

describe("kiosk play", () => {
  test("autoplay= goes on by itself, loops from the last slide to the first, and any key pauses it", async () => {
    const last = bundled.events.at(-1).id;
    const first = bundled.events[0].id;
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?mode=present&event=${bundled.events.at(-2).id}&autoplay=3`);
    const slide = page.locator("[data-testid=slide]");
    await slide.waitFor();
    assert.match(await page.getByTestId("autoplay-state").textContent(), /playing/);
    await page.waitForFunction((id) => document.querySelector("[data-testid=slide]")?.dataset.event === id, last, { timeout: 6000 });
    await page.waitForFunction((id) => document.querySelector("[data-testid=slide]")?.dataset.event === id, first, { timeout: 6000 });
    assert.match(page.url(), /autoplay=3/, "the address keeps playing");
    await page.keyboard.press("a");
    assert.match(await page.getByTestId("autoplay-state").textContent(), /paused/);
    const paused = await slide.getAttribute("data-event");
    await page.waitForTimeout(4000);
    assert.equal(await slide.getAttribute("data-event"), paused, "no slide change once paused");
    assert.deepEqual(page.errors, []);
    await page.context().close();
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
