// The interface in English, Ukrainian and Russian: no English word left in Ukrainian and
// Russian on any screen, dates and counts in each language's forms, the language menu, the
// browser's preference, embed code, data in several languages with fallback text marked by
// its own lang, and a right-to-left page mirrored around a time axis that still runs left to
// right.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { endSession, newPage, startSession } from "./browser.mjs";

let server;
let browser;

before(async () => ({ server, browser } = await startSession({ fixtures: true })));
after(() => endSession({ server, browser }));

/** A chronology whose every text is Ukrainian: any Latin word on screen is the interface's. */
const UKRAINIAN_DATA = "data=fixtures/ukrainian.json";

/** Names that stay as they are in every language: the app's, file formats', protocol's, keys'. */
const NAMES = new Set([
  "Chronoline", "JSON", "CSV", "iCalendar", "Markdown", "TimelineJS", "ACLED", "HTTP", "UTC",
  "Enter", "Esc", "Home", "End", "Page", "Up", "Down", "Ctrl", "Shift", "Mac", "MB",
]);

/** Every word a reader can see or hear on the page in the page's language: the text of
 * visible elements, and the names, hints and placeholders of visible elements, the document's
 * title too — minus web addresses, and minus what is marked as another language (a language's
 * name in itself in the language menu, data texts in their own language). */
async function wordsOnScreen(page) {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const inPageLanguage = (element) => (element.closest("[lang]")?.getAttribute("lang") ?? pageLanguage) === pageLanguage;
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element && !element.closest("script, style, noscript") && element.checkVisibility() && inPageLanguage(element)) {
        parts.push(node.textContent);
      }
    }
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-roledescription]")) {
      if (!element.checkVisibility() || !inPageLanguage(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-roledescription"]) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join("\n").replace(/\b(?:https?:\/\/|www\.)\S+/g, " ").replace(/\S+\.(?:json|csv|ics|md)\b/g, " ");
  });
}

/** The Latin words in `text` that are not names. */
const englishWords = (text) => [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !NAMES.has(word));

/** Each screen: where it is, what it waits for, what a reader does to reach it. */
const SCREENS = [
  { name: "timeline", query: "event=swap-26", ready: ".mark" },
  {
    name: "list with sources and the source text open",
    query: "view=list",
    ready: "[data-testid=event-card]",
    act: async (page) => {
      await page.locator("#event-swap-26 .sources-toggle").click();
      await page.locator("#event-swap-26 .source-text summary").first().click();
    },
  },
  { name: "sources index", query: "view=sources", ready: "[data-testid=sources-index]" },
  { name: "filters at 360 px", query: "", ready: ".mark", width: 360, act: (page) => page.locator(".filters-toggle").click() },
  { name: "file menu", query: "", ready: ".mark", act: (page) => page.locator("[data-testid=file-menu] summary").click() },
  {
    name: "paste dialog",
    query: "",
    ready: ".mark",
    act: async (page) => {
      await page.locator("[data-testid=file-menu] summary").click();
      await page.locator("[data-testid=paste-item]").click();
    },
  },
  { name: "embed dialog", query: "", ready: ".mark", act: (page) => page.locator("[data-testid=embed-button]").click() },
  { name: "embed", path: "/embed.html", query: "embed=1", ready: ".mark" },
  { name: "slides", query: "mode=present&event=swap-26", ready: "[data-testid=slide]" },
  { name: "presenter view", query: "mode=presenter&event=swap-26", ready: "[data-testid=presenter-view]" },
  { name: "handout", query: "view=list", ready: "[data-testid=event-card]", print: true },
  { name: "load failure", query: "data=fixtures/missing.json", ready: "[data-testid=load-failure]", own: true },
];

describe("no English word of the interface in Ukrainian or Russian", () => {
  for (const lang of ["uk", "ru"]) {
    for (const screen of SCREENS) {
      test(`${lang}: ${screen.name}`, async () => {
        const page = await newPage(browser, { viewport: { width: screen.width ?? 1280, height: 800 } });
        const data = screen.own ? "" : `${UKRAINIAN_DATA}&`;
        await page.goto(`${server.url}${screen.path ?? "/"}?${data}${screen.query}&lang=${lang}`);
        await page.locator(screen.ready).first().waitFor();
        if (screen.act) await screen.act(page);
        if (screen.print) await page.emulateMedia({ media: "print" });
        await page.waitForTimeout(200);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(englishWords(await wordsOnScreen(page)), []);
        await page.context().close();
      });
    }
  }

  test("English is English: the check finds the interface's words when there are some", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?${UKRAINIAN_DATA}&lang=en`);
    await page.locator(".mark").first().waitFor();
    const words = englishWords(await wordsOnScreen(page));
    for (const word of ["Timeline", "List", "Sources", "Filters", "Present", "Embed"]) assert.ok(words.includes(word), word);
    await page.context().close();
  });
});

describe("data problems in the reader's language", () => {
  for (const [lang, expected] of [["uk", /не є датою/], ["ru", /не является датой/]]) {
    test(`${lang}: each problem's kind is worded, its values kept`, async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/?data=fixtures/broken.json&view=list&lang=${lang}`);
      await page.locator("[data-testid=event-card]").first().waitFor();
      const list = page.locator(".problem-list");
      if (!(await list.getAttribute("open"))) await list.locator("summary").click();
      const reasons = await list.locator(".problem-reason").allTextContents();
      assert.ok(reasons.length > 3, reasons.join("\n"));
      for (const reason of reasons) assert.match(reason, /[\u0400-\u04ff]/, reason);
      assert.ok(reasons.some((reason) => expected.test(reason)), reasons.join("\n"));
      await page.context().close();
    });
  }
});

describe("an importer's problems in the reader's language", () => {
  test("uk: a pasted sheet's date that reads two ways is named in Ukrainian, with both readings", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?lang=uk`);
    await page.locator(".mark").first().waitFor();
    await page.locator("[data-testid=file-menu] summary").click();
    await page.locator("[data-testid=paste-item]").click();
    const dialog = page.locator("[data-testid=paste-dialog]");
    await dialog.locator("textarea").fill(
      "id,date,category,headline,source_publisher\n" +
        "ok,2022-03-05,exchange,Обмін,Укрінформ\n" +
        "two-ways,3/4/2022,exchange,Переговори,Укрінформ\n",
    );
    await dialog.locator("button[type=submit]").click();
    const list = page.locator(".problem-list");
    await list.waitFor();
    if (!(await list.getAttribute("open"))) await list.locator("summary").click();
    const reasons = await list.locator(".problem-reason").allTextContents();
    const twoWays = reasons.find((reason) => reason.includes("2022-03-04") && reason.includes("2022-04-03"));
    assert.ok(twoWays, reasons.join("\n"));
    assert.match(twoWays, /[\u0400-\u04ff]/);
    assert.doesNotMatch(twoWays, /could be|write it/);
    await page.context().close();
  });
});

describe("dates and counts in each language's forms", () => {
  const cases = {
    uk: { count: "3 події", month: "червень 2025", day: "26 червня 2025", showing: "Показано 1 з 3 подій", updated: "Дані оновлено: 30 червня 2025" },
    ru: { count: "3 события", month: "июнь 2025", day: "26 июня 2025", showing: "Показано 1 из 3 событий", updated: "Данные обновлены: 30 июня 2025" },
    en: { count: "3 events", month: "June 2025", day: "26 June 2025", showing: "Showing 1 of 3 events", updated: "Data updated 30 June 2025" },
  };
  for (const [lang, expected] of Object.entries(cases)) {
    test(lang, async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/?${UKRAINIAN_DATA}&view=list&lang=${lang}`);
      await page.locator("[data-testid=event-card]").first().waitFor();
      const text = await page.locator("main").innerText();
      assert.ok(text.includes(expected.count), `${expected.count} in ${text.slice(0, 400)}`);
      assert.match(text, new RegExp(expected.month, "i"));
      assert.equal(await page.locator("#event-swap-26 time").textContent(), expected.day);
      assert.equal(await page.getByTestId("document-updated").textContent(), expected.updated);
      await page.locator("[data-testid=search]").fill("Маріуполя");
      await page.waitForFunction((showing) => document.querySelector("[data-testid=filter-count]")?.textContent.includes(showing), expected.showing);
      await page.context().close();
    });
  }
});

describe("choosing the language", () => {
  test("the menu switches it, keeping the view, and the page says it", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?${UKRAINIAN_DATA}&view=list&lang=uk`);
    await page.locator("[data-testid=event-card]").first().waitFor();
    const menu = page.locator("[data-testid=language-menu]");
    assert.equal(await menu.getAttribute("aria-label"), "Мова");
    assert.equal(await menu.locator("[aria-current=true]").textContent(), "Українська");
    await page.locator("#event-swap-26 .sources-toggle").click();
    await menu.getByText("Русский").click();
    await page.waitForURL(/lang=ru/);
    await page.locator("[data-testid=event-card]").first().waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("view"), "list");
    assert.equal(url.searchParams.get("data"), "fixtures/ukrainian.json");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
    assert.equal(await page.locator("[data-testid=view-list]").textContent(), "Список");
    assert.equal(await page.locator("[data-testid=language-menu] [aria-current=true]").getAttribute("lang"), "ru");
    await page.context().close();
  });

  test("without ?lang= the browser's preferred language is used, and the URL stays without it", async () => {
    const page = await newPage(browser, { locale: "ru-RU" });
    await page.goto(`${server.url}/?${UKRAINIAN_DATA}&view=list`);
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
    assert.match(await page.locator("main").innerText(), /3 события/);
    assert.equal(new URL(page.url()).searchParams.get("lang"), null);
    await page.context().close();
  });

  test("a browser that prefers none of the three gets the document's language", async () => {
    const page = await newPage(browser, { locale: "de-DE" });
    await page.goto(`${server.url}/?${UKRAINIAN_DATA}&view=list`);
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "uk");
    assert.match(await page.locator("main").innerText(), /3 події/);
    await page.context().close();
  });

  test("the embed code carries the language it was made in", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?lang=uk`);
    await page.locator(".mark").first().waitFor();
    await page.locator("[data-testid=embed-button]").click();
    const code = await page.locator(".embed-code").first().inputValue();
    assert.match(code, /lang=uk/);
    await page.context().close();
  });
});

describe("data in several languages", () => {
  test("the reader's language where the data has it, the document's elsewhere, marked with its lang", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?data=fixtures/bilingual.json&view=list&lang=uk`);
    await page.locator("[data-testid=event-card]").first().waitFor();
    assert.equal(await page.locator("h1").textContent(), "Обміни полоненими");
    assert.equal(await page.locator("h1").getAttribute("lang"), null, "in the page's language");
    const both = page.locator("#event-both");
    assert.equal(await both.locator(".event-title").textContent(), "Обмін: звільнено полонених, яких тримали три роки");
    assert.equal(await both.locator(".event-title").getAttribute("lang"), null);
    assert.equal(await both.locator(".summary").getAttribute("lang"), "en", "the fallback says its language");
    assert.equal(await both.locator(".figure-label").textContent(), "Звільнено");
    assert.equal(await both.locator(".lane-badge").textContent(), "Обміни");
    const englishOnly = page.locator("#event-english-only .event-title");
    assert.equal(await englishOnly.textContent(), "Swap under the Istanbul deal");
    assert.equal(await englishOnly.getAttribute("lang"), "en");
    // A one-language export writes what the reader sees.
    await page.locator("[data-testid=file-menu] summary").click();
    const download = page.waitForEvent("download");
    await page.locator("[data-export=csv]").click();
    const csv = (await import("node:fs")).readFileSync(await (await download).path(), "utf8");
    assert.match(csv, /Обмін: звільнено полонених, яких тримали три роки/);
    assert.doesNotMatch(csv, /Exchange frees POWs/);
    // Search finds the reader's text.
    await page.locator("[data-testid=search]").fill("звільнено");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=event-card]").length === 1);
    await page.context().close();
  });

  test("an English reader gets the English texts, unmarked, and the export keeps both", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/?data=fixtures/bilingual.json&view=list&lang=en`);
    await page.locator("[data-testid=event-card]").first().waitFor();
    const title = page.locator("#event-both .event-title");
    assert.equal(await title.textContent(), "Exchange frees POWs held three years");
    assert.equal(await title.getAttribute("lang"), null);
    await page.locator("[data-testid=file-menu] summary").click();
    const download = page.waitForEvent("download");
    await page.locator("[data-export=json]").click();
    const file = await (await download).path();
    const exported = JSON.parse((await import("node:fs")).readFileSync(file, "utf8"));
    const both = exported.events.find((event) => event.id === "both");
    assert.deepEqual(both.title, { en: "Exchange frees POWs held three years", uk: "Обмін: звільнено полонених, яких тримали три роки" });
    await page.context().close();
  });
});

describe("right to left", () => {
  test("a right-to-left page mirrors the controls, list and panel; time still runs left to right", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => { document.documentElement.dir = "rtl"; }));
    await page.goto(`${server.url}/?${UKRAINIAN_DATA}&event=swap-26`);
    await page.locator(".mark").first().waitFor();
    const box = (selector) => page.locator(selector).first().boundingBox();
    const viewport = page.viewportSize();
    // The detail panel opens at the inline start's opposite side: the left in right to left.
    const panel = await box(".detail-panel");
    assert.ok(panel.x + panel.width / 2 < viewport.width / 2, `the panel is at the left: ${JSON.stringify(panel)}`);
    // The toolbar starts at the right.
    const views = await box(".view-toggle");
    assert.ok(views.x > viewport.width / 2, `the view switch is at the right: ${JSON.stringify(views)}`);
    // The earlier event is further left on the axis.
    const talks = await box("[data-event=talks-2]");
    const swap = await box("[data-event=swap-26]");
    assert.ok(talks.x < swap.x, "2 June left of 26 June");
    // A card's lane stripe is on its right.
    await page.goto(`${server.url}/?${UKRAINIAN_DATA}&view=list`);
    await page.locator("[data-testid=event-card]").first().waitFor();
    const stripe = await page.locator("[data-testid=event-card]").first().evaluate((card) => getComputedStyle(card).borderRightWidth);
    assert.equal(stripe, "5px");
    await page.context().close();
  });
});
