// Accessibility audit: axe-core (from npm) on every screen the app has, in light and dark, in
// English, Ukrainian and Russian, at the WCAG 2.0, 2.1 and 2.2 A and AA rules, with no rule
// disabled; and the main screens once more laid out right to left.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { endSession, newPage, startSession } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
let server;
let browser;

before(async () => ({ server, browser } = await startSession({ fixtures: true })));
after(() => endSession({ server, browser }));

/** Each screen: its address, what it waits for, and what a reader does to reach it. */
const SCREENS = [
  { name: "timeline", path: "/", ready: ".mark" },
  { name: "list", path: "/?view=list", ready: "[data-testid=event-card]" },
  { name: "sources index", path: "/?view=sources", ready: "[data-testid=sources-index]" },
  { name: "detail panel", path: "/?event=evt-042", ready: "[data-testid=event-card]" },
  {
    name: "source text open",
    path: "/?view=list",
    ready: "#event-evt-042",
    act: async (page) => {
      await page.locator("#event-evt-042 .sources-toggle").click();
      const reader = page.locator("#event-evt-042 .source-text summary").first();
      if (await reader.count()) await reader.click();
    },
  },
  { name: "filters folded at 360 px", path: "/", ready: ".mark", width: 360 },
  {
    name: "filters unfolded at 360 px",
    path: "/",
    ready: ".mark",
    width: 360,
    act: (page) => page.locator(".filters-toggle").click(),
  },
  { name: "embed dialog", path: "/", ready: ".mark", act: (page) => page.locator("[data-testid=embed-button]").click() },
  {
    name: "file menu",
    path: "/",
    ready: ".mark",
    act: (page) => page.locator("[data-testid=file-menu] summary").click(),
  },
  {
    name: "paste dialog",
    path: "/",
    ready: ".mark",
    act: async (page) => {
      await page.locator("[data-testid=file-menu] summary").click();
      await page.locator("[data-testid=paste-item]").click();
    },
  },
  { name: "embed mode", path: "/embed.html", ready: ".mark" },
  { name: "presentation", path: "/?mode=present&event=evt-042", ready: "[data-testid=slide]" },
  { name: "presenter view", path: "/?mode=presenter&event=evt-042", ready: "[data-testid=slide], .presenter-view" },
  { name: "load failure", path: "/?data=fixtures/missing.json", ready: "[data-testid=load-failure]" },
];

/** The axe-core violations on `screen`, in `lang`, in `scheme`; right to left when `rtl`. */
async function violationsOn(screen, { lang, scheme, rtl = false }) {
  const page = await newPage(browser, {
    viewport: { width: screen.width ?? 1280, height: 800 },
    colorScheme: scheme,
  });
  if (rtl) await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => { document.documentElement.dir = "rtl"; }));
  const separator = screen.path.includes("?") ? "&" : "?";
  await page.goto(`${server.url}${screen.path}${separator}lang=${lang}`);
  await page.locator(screen.ready).first().waitFor();
  if (screen.act) await screen.act(page);
  // Transitions end before colours are measured.
  await page.waitForTimeout(250);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    async (tags) => (await axe.run(document, { runOnly: { type: "tag", values: tags } })).violations,
    TAGS,
  );
  await page.context().close();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.length} × ${violation.nodes[0].target.join(" ")} — ${violation.help}`,
  );
}

describe("accessibility: zero axe-core violations of WCAG 2.x A and AA", () => {
  for (const lang of ["en", "uk", "ru"]) {
    for (const scheme of ["light", "dark"]) {
      for (const screen of SCREENS) {
        test(`${screen.name}, ${scheme}, ${lang}`, async () => {
          assert.deepEqual(await violationsOn(screen, { lang, scheme }), []);
        });
      }
    }
  }
  for (const name of ["timeline", "list", "detail panel", "embed dialog", "presentation"]) {
    test(`${name}, right to left`, async () => {
      const screen = SCREENS.find((screen) => screen.name === name);
      assert.deepEqual(await violationsOn(screen, { lang: "en", scheme: "light", rtl: true }), []);
    });
  }
});
