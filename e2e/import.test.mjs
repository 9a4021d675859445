// End-to-end tests: an editor opens a chronology from their computer — by the file button or
// by dropping it on the page — in TimelineJS's JSON, this project's sheet or the event format.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { endSession, newPage, startSession } from "./browser.mjs";
import { bundled } from "./bundled.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixture = (name) => readFileSync(join(root, "e2e", "fixtures", name));
const timelinejs = fixture("timelinejs-talks.json");
let server;
let browser;

before(async () => ({ server, browser } = await startSession()));
after(() => endSession({ server, browser }));

/** The app on the bundled chronology, in `view`. */
async function openApp(view = "list") {
  const page = await newPage(browser);
  await page.goto(`${server.url}/?view=${view}`);
  await page.waitForSelector("[data-testid=event-card], .mark");
  return page;
}

/** Drags a file named `name` holding `text` over the page and drops it, as from a file
 * manager; returns whether the page showed that it can be dropped while it was dragged. */
async function dropFile(page, name, text) {
  await page.evaluate(
    ({ name, text }) => {
      window.__transfer = new DataTransfer();
      window.__transfer.items.add(new File([text], name));
      const over = new DragEvent("dragover", { dataTransfer: window.__transfer, bubbles: true, cancelable: true });
      document.querySelector("main").dispatchEvent(over);
      window.__dropAccepted = over.defaultPrevented;
    },
    { name, text },
  );
  const shown = await page.locator(".drop-target").isVisible();
  const accepted = await page.evaluate(() => window.__dropAccepted);
  await page.evaluate(() => {
    const drop = new DragEvent("drop", { dataTransfer: window.__transfer, bubbles: true, cancelable: true });
    document.querySelector("main").dispatchEvent(drop);
  });
  return shown && accepted;
}

describe("opening a file", () => {
  test("the reader's page an article embeds has no file button and no document tools", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/embed.html`);
    await page.waitForSelector(".mark");
    assert.equal(await page.locator("[data-testid=open-file]").count(), 0);
    assert.equal(await page.locator("meta[name='chronoline:document-tools']").count(), 0);
    await page.context().close();
  });

  test("a TimelineJS document opened by the file button shows as plain text, its problems named by its paths", async () => {
    const page = await openApp();
    const requested = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const toolsBeforeOpening = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/tools-")).length,
    );
    assert.equal(toolsBeforeOpening, 0, "the document tools load only when a file is opened");
    await page.locator("[data-testid=open-file] input[type=file]").setInputFiles({
      name: "talks.json",
      mimeType: "application/json",
      buffer: timelinejs,
    });
    await page.waitForFunction(() => document.querySelector("h1")?.textContent.startsWith("Talks and exchanges"));
    assert.equal(await page.locator("h1").textContent(), "Talks and exchanges, 2022–2025");
    assert.ok(requested.some((path) => /^\/tools-[0-9a-f]+\/chronoline-tools_bg\.wasm$/.test(path)), requested.join("\n"));
    assert.equal(
      await page.locator("[data-testid=provenance]").textContent(),
      "Opened from the file talks.json — not published by this site",
    );
    const cards = page.locator("[data-testid=event-card]");
    assert.equal(await cards.count(), 3, "the event on 30 February is left out");
    const swap = page.locator("#event-swap-2022-09");
    assert.match(await swap.textContent(), /Exchange via Reuters\./);
    assert.equal(await swap.locator("img, script, b").count(), 0);
    assert.equal(await page.locator(".event-title").filter({ hasText: "Istanbul talks" }).count(), 1);
    // A video is a link card, never a player.
    const talks = page.locator("[data-testid=event-card]").filter({ hasText: "Istanbul talks" });
    const video = talks.locator("[data-testid=event-media] a.media-link");
    assert.equal(await video.getAttribute("href"), "https://www.youtube.com/watch?v=talks");
    assert.equal(await video.getAttribute("rel"), "noopener noreferrer");
    assert.match(await video.textContent(), /Video www\.youtube\.com/);
    assert.equal(await talks.locator("figcaption").textContent(), "The opening statements Credit: Reuters TV");
    assert.equal(await page.locator("iframe, video, audio, embed, object").count(), 0);
    // The Reuters link is a source, with the viewer's link rules.
    await swap.locator(".sources-toggle").click();
    const link = swap.locator("a.source-link");
    assert.equal(await link.getAttribute("href"), "https://www.reuters.com/world/europe/");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    // Nothing in the document ran, and the javascript: link is not a link.
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator("a[href^='javascript']").count(), 0);
    // Every problem is named by the document's own JSON path.
    const problems = page.locator("[data-testid=problem-list]");
    const listed = await problems.textContent();
    assert.match(listed, /events\[2\]\.start_date: "2025-02-30" is not a date/);
    assert.match(listed, /events\[0\]\.text\.text: 2 tags and 3 attributes of HTML were dropped/);
    assert.match(listed, /events\[3\]\.text\.text/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("a sheet dropped on the page opens with its rows named by line and column", async () => {
    const page = await openApp("timeline");
    const csv =
      "id,date,category,headline,summary\r\n" +
      "evt-1,2025-06-26,exchange,Swap near Sumy,\"Two lines,\nwith a comma\"\r\n" +
      "evt-2,2025-02-30,talks,Impossible date,\r\n" +
      "evt-3,2025-07,talks,Talks resume,\r\n";
    assert.equal(await dropFile(page, "swaps 2025.csv", csv), true, "dragging a file over the page says it can be dropped");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "swaps 2025");
    assert.equal(await page.locator(".drop-target").isVisible(), false);
    assert.equal(await page.locator(".mark").count(), 2);
    assert.match(await page.locator("[data-testid=provenance]").textContent(), /swaps 2025\.csv/);
    const problems = page.locator("[data-testid=problem-list]");
    // The first row's summary runs over two lines, so the impossible date is on line 4.
    assert.match(await problems.textContent(), /line 4, column date: "2025-02-30" is not a date/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the event format opens as it is; a file of no known format says why, and trying again brings the page's own back", async () => {
    const page = await openApp();
    const own = JSON.stringify({
      format_version: 1,
      title: "Our own",
      events: [{ id: "a", start: "2025-06-26", lane: "exchange", title: "Opened event" }],
    });
    await page.locator("[data-testid=open-file] input[type=file]").setInputFiles({
      name: "own.json",
      mimeType: "application/json",
      buffer: Buffer.from("\uFEFF" + own),
    });
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Our own");
    assert.equal(await page.locator("[data-testid=event-card]").count(), 1);
    // An opened file has no address: the embed dialog says so instead of giving code that
    // would embed the page's own chronology under this one's title.
    await page.locator("[data-testid=embed-button]").click();
    assert.match(await page.locator("[data-testid=embed-local]").textContent(), /no address an article could load/);
    assert.equal(await page.locator("[data-testid=embed-code-responsive]").count(), 0);
    await page.keyboard.press("Escape");

    await dropFile(page, "notes.txt", "just some notes\nand more");
    const failure = page.locator("[data-testid=load-failure]");
    await failure.waitFor();
    assert.equal(await failure.getAttribute("data-failure"), "file");
    assert.match(await failure.textContent(), /File: notes\.txt/);
    assert.match(await failure.textContent(), /no format this viewer reads/);
    await failure.locator("button").click();
    await page.waitForFunction((title) => document.querySelector("h1")?.textContent === title, bundled.title);
    assert.equal(await page.locator("[data-testid=event-card]").count(), bundled.events.length);
    assert.equal(await page.locator("[data-testid=provenance]").count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("TimelineJS's spreadsheet template, as a Google Sheet publishes it, opens with its title row and rows named by line and column", async () => {
    const page = await openApp();
    // The sheet's image, served here: the test machine reaches no other site.
    const pixel = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>';
    const imageRequests = [];
    await page.route("https://example.org/**", (route) => {
      imageRequests.push(route.request().headers()["referer"] ?? null);
      route.fulfill({ contentType: "image/svg+xml", body: pixel });
    });
    await page.locator("[data-testid=open-file] input[type=file]").setInputFiles({
      name: "sheet.csv",
      mimeType: "text/csv",
      buffer: fixture("timelinejs-template.csv"),
    });
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Exchanges from a Google Sheet");
    assert.equal(await page.locator("[data-testid=event-card]").count(), 2);
    // Rows without an id are named by their line.
    const swap = page.locator("#event-event-4");
    assert.match(await swap.textContent(), /Swap via Reuters,/);
    // Its image: lazy, without a referrer, the credit beside it.
    const image = swap.locator("[data-testid=event-media] img");
    assert.equal(await image.getAttribute("src"), "https://example.org/photo.jpg");
    assert.equal(await image.getAttribute("loading"), "lazy");
    assert.equal(await image.getAttribute("referrerpolicy"), "no-referrer");
    assert.equal(await swap.locator("figcaption").textContent(), "Freed prisoners Credit: AFP");
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("[data-testid=event-media] img")?.complete);
    assert.deepEqual(imageRequests, [null], "the image is asked for once, with no referrer");
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const listed = await page.locator("[data-testid=problem-list]").textContent();
    assert.match(listed, /line 7, column Year: "2023-02-29" is not a date/);
    assert.match(listed, /line 4, column Time: the time 14:30 has no time zone/);
    assert.match(listed, /line 4, column Media: the image has no alt text/);
    assert.doesNotMatch(listed, /line 3/, "the era row is read");
    // The era row is a note before the first event in it in the list, and a band on the timeline.
    const note = page.locator(".era-note");
    assert.equal(await note.count(), 1);
    assert.equal(await note.textContent(), "The first year 2022 – 2023");
    assert.equal(
      await page.locator(".era-note + li [data-testid=event-card]").getAttribute("id"),
      "event-event-4",
    );
    await page.locator(".view-toggle button").filter({ hasText: "Timeline" }).click();
    const band = page.locator(".era-band");
    await band.waitFor();
    assert.equal(await band.locator(".era-label").textContent(), "The first year");
    assert.ok((await band.boundingBox()).width > 50);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("an ACLED export dropped on the page opens with event types as lanes and fatalities attributed to its sources", async () => {
    const page = await openApp("timeline");
    await dropFile(page, "acled-ukraine.csv", fixture("acled-export.csv").toString("utf8"));
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "acled-ukraine");
    assert.deepEqual(
      await page.locator(".lane-label").allTextContents(),
      ["Battles", "Explosions/Remote violence", "Strategic developments"],
    );
    assert.equal(await page.locator(".mark").count(), 3);
    assert.match(await page.locator("[data-testid=problem-list]").textContent(), /line 5, column event_date: "2024-02-31" is not a date/);
    await page.locator("[data-testid=view-toggle] button, .view-toggle button").filter({ hasText: "List" }).click();
    const clash = page.locator("#event-UKR101");
    assert.match(await clash.textContent(), /fatalities\s*3 according to Ukrinform; Kyiv Independent/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

});

describe("any year", () => {
  test("events before the year 1000 and before the common era show in the list and on the timeline", async () => {
    const page = await openApp();
    const document = JSON.stringify({
      format_version: 1,
      title: "Sieges",
      events: [
        { id: "ides", start: "-0043-03-15", lane: "other", title: "Caesar killed" },
        { id: "avars", start: "0626", lane: "frontline", title: "Siege of Constantinople" },
        { id: "vienna", start: "1683-09-12", lane: "frontline", title: "Battle of Vienna" },
      ],
    });
    await page.locator("[data-testid=open-file] input[type=file]").setInputFiles({
      name: "sieges.json",
      mimeType: "application/json",
      buffer: Buffer.from(document),
    });
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Sieges");
    assert.deepEqual(await page.locator(".year-heading").allTextContents(), ["44 BCE", "626", "1683"]);
    assert.equal(await page.locator("#event-ides time").textContent(), "15 March 44 BCE");
    assert.equal(await page.locator("#event-ides time").getAttribute("datetime"), "-0043-03-15");
    await page.locator(".view-toggle button").filter({ hasText: "Timeline" }).click();
    await page.locator(".mark").first().waitFor();
    assert.equal(await page.locator(".mark").count(), 3);
    const labels = await page.locator(".tick-label").allTextContents();
    assert.ok(labels.some((label) => label.endsWith("BCE")), labels.join());
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe("pasting", () => {
  test("a sheet pasted into the paste dialog opens like a file, said to be pasted", async () => {
    const page = await openApp();
    await page.route("https://example.org/**", (route) => route.fulfill({ contentType: "image/svg+xml", body: "<svg xmlns='http://www.w3.org/2000/svg'/>" }));
    await page.locator("[data-testid=file-menu] summary").click();
    await page.locator("[data-testid=paste-item]").click();
    const dialog = page.locator("[data-testid=paste-dialog]");
    assert.equal(await dialog.isVisible(), true);
    assert.equal(await page.locator("[data-testid=file-menu]").getAttribute("open"), null, "the menu closes");
    await dialog.locator("textarea").fill(fixture("timelinejs-template.csv").toString("utf8"));
    await dialog.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Exchanges from a Google Sheet");
    assert.equal(await dialog.isVisible(), false);
    assert.equal(
      await page.locator("[data-testid=provenance]").textContent(),
      "Pasted into this page — not published by this site",
    );
    assert.equal(await page.locator("[data-testid=event-card]").count(), 2);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe("exporting", () => {
  /** Exports `format` from the menu and returns the download's name and text. */
  async function exportAs(page, format) {
    await page.locator("[data-testid=file-menu] summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(`[data-export=${format}]`).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  test("the filtered chronology downloads in each format, and the JSON, the sheet and the calendar open again to the same events", async () => {
    const page = await openApp();
    await page.locator("input[type=search]").fill("swap");
    await page.waitForFunction(
      (total) => document.querySelectorAll("[data-testid=event-card]").length < total,
      bundled.events.length,
    );
    const shownIds = await page.locator("[data-testid=event-card]").evaluateAll((cards) => cards.map((card) => card.id));
    assert.ok(shownIds.length > 5, shownIds.join());
    const stem = "russia-ukraine-war-prisoner-exchanges-talks-and-the-front"; // at most 60 characters

    const json = await exportAs(page, "json");
    assert.equal(json.name, `${stem}.json`);
    const document = JSON.parse(json.text);
    assert.deepEqual(document.events.map((event) => `event-${event.id}`), shownIds);
    const cited = new Set(document.events.flatMap((event) => event.sources ?? []));
    assert.deepEqual(new Set(document.sources.map((source) => source.id)), cited);

    const csv = await exportAs(page, "csv");
    assert.equal(csv.name, `${stem}.csv`);
    assert.match(csv.text, /^id,date,date_precision,end_date,category,headline/);

    const ics = await exportAs(page, "ics");
    assert.equal(ics.name, `${stem}.ics`);
    assert.match(ics.text, /^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    assert.equal(ics.text.match(/BEGIN:VEVENT/g).length, shownIds.length);

    const brief = await exportAs(page, "md");
    assert.equal(brief.name, `${stem}.md`);
    assert.ok(brief.text.startsWith(`# ${bundled.title.replace(/[-.]/g, (c) => `\\${c}`)}`), brief.text.slice(0, 200));
    assert.equal(brief.text.match(/^## /gm).length, shownIds.length);

    for (const exported of [json, csv, ics]) {
      await page.locator("[data-testid=open-file] input[type=file]").setInputFiles({
        name: exported.name,
        mimeType: "text/plain",
        buffer: Buffer.from(exported.text),
      });
      await page.waitForFunction((name) => document.querySelector("[data-testid=provenance]")?.textContent.includes(name), exported.name);
      await page.locator("[data-testid=event-card]").first().waitFor();
      const reopened = await page.locator("[data-testid=event-card]").evaluateAll((cards) => cards.map((card) => card.id));
      assert.deepEqual(reopened, shownIds, exported.name);
      await page.locator("input[type=search]").fill("");
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
