// WCAG 2.2 criteria that axe-core cannot see, each checked the way a reader meets it:
// panning without dragging (2.5.7), target size (2.5.8), focus not hidden behind the detail
// panel or the sticky bars (2.4.11), reflow at 320 CSS px (1.4.10), text spacing (1.4.12),
// and status messages announced through polite live regions (4.1.3).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { endSession, newPage, startSession } from "./browser.mjs";

const june2025 = "range=2025-06-01T00:00Z~2025-07-01T00:00Z";
let server;
let browser;

before(async () => ({ server, browser } = await startSession()));
after(() => endSession({ server, browser }));

/** The page at `path` (in English unless it names a language) once it has drawn. */
async function open(path, { width = 1280, height = 800 } = {}) {
  const page = await newPage(browser, { viewport: { width, height } });
  await page.goto(`${server.url}${path}${path.includes("lang=") ? "" : `${path.includes("?") ? "&" : "?"}lang=en`}`);
  await page.locator(".mark, [data-testid=event-card], [data-testid=slide], [data-testid=sources-index]").first().waitFor();
  await page.waitForTimeout(200);
  return page;
}

describe("2.5.7 dragging movements: every drag has a button", () => {
  test("earlier and later move the visible span by a third, as a drag would", async () => {
    const page = await open(`/?${june2025}`);
    const shown = page.locator("[data-testid=visible-range]");
    const before = await shown.textContent();
    await page.locator("[data-testid=pan-earlier]").click();
    await page.waitForFunction((text) => document.querySelector("[data-testid=visible-range]").textContent !== text, before);
    assert.match(await shown.textContent(), /^2\d May 2025 – 2\d June 2025$/, "a third of June's span earlier starts in May");
    await page.locator("[data-testid=pan-later]").click();
    await page.locator("[data-testid=pan-later]").click();
    await page.waitForFunction(() => /^1\d June 2025 – 1\d July 2025$/.test(document.querySelector("[data-testid=visible-range]").textContent));
    // The buttons have names in every language.
    assert.equal(await page.locator("[data-testid=pan-earlier]").getAttribute("aria-label"), "Earlier");
    await page.context().close();
  });
});

/** Targets smaller than 24 × 24 CSS px that the spacing exception does not excuse: a circle of
 * 24 px diameter on the centre of each undersized target must not meet another target or
 * another undersized target's circle. Links inside a sentence are excused. */
async function undersizedTargets(page) {
  return page.evaluate(() => {
    const targets = [...document.querySelectorAll("button, a[href], input, select, textarea, summary, [tabindex='0'], [role=button]")]
      .filter((element) => element.checkVisibility())
      .filter((element) => !(element.tagName === "A" && getComputedStyle(element).display === "inline" && element.parentElement.textContent.trim() !== element.textContent.trim()))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const small = targets.filter(({ box }) => box.width < 24 || box.height < 24);
    const centre = ({ box }) => [box.x + box.width / 2, box.y + box.height / 2];
    const meetsBox = ([x, y], box) => {
      const dx = Math.max(box.left - x, 0, x - box.right);
      const dy = Math.max(box.top - y, 0, y - box.bottom);
      return dx * dx + dy * dy < 12 * 12;
    };
    const failing = small.filter((target) => {
      const [x, y] = centre(target);
      return targets.some((other) => other !== target && meetsBox([x, y], other.box) && !other.element.contains(target.element) && !target.element.contains(other.element))
        || small.some((other) => other !== target && Math.hypot(x - centre(other)[0], y - centre(other)[1]) < 24);
    });
    return failing.map(({ element, box }) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} “${element.textContent.trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
  });
}

describe("2.5.8 target size: at least 24 × 24 CSS px, or spaced as the exception allows", () => {
  const screens = [
    ["timeline with the detail panel", `/?${june2025}&event=evt-042`, 1280],
    ["timeline fitted", "/", 1280],
    ["timeline on a phone", "/", 360],
    ["list with sources open", "/?view=list", 1280],
    ["sources index", "/?view=sources", 1280],
    ["slides", "/?mode=present&event=evt-042", 1280],
    ["embed", "/embed.html?embed=1", 800],
  ];
  for (const [name, path, width] of screens) {
    test(name, async () => {
      const page = await open(path, { width });
      if (path.includes("view=list")) await page.locator("#event-evt-042 .sources-toggle").click();
      assert.deepEqual(await undersizedTargets(page), []);
      await page.context().close();
    });
  }
});

/** Tabs `presses` times (backwards when `back`) and returns each focused element that no
 * point of it can be seen at: hidden behind the panel or a sticky bar, or off screen. */
async function hiddenFocus(page, presses, back = false) {
  const hidden = [];
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const seen = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]]
        .map(([fx, fy]) => [box.x + box.width * fx, box.y + box.height * fy])
        .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      const visible = points.some(([x, y]) => {
        const top = document.elementFromPoint(x, y);
        return top && (top === element || element.contains(top) || top.contains(element));
      });
      return visible ? null : `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} “${(element.textContent || element.getAttribute("aria-label") || "").trim().slice(0, 40)}”`;
    });
    if (seen) hidden.push(seen);
  }
  return hidden;
}

describe("2.4.11 focus not obscured", () => {
  test("tabbing through the list, forwards and back, never hides the focus under the sticky year bar", async () => {
    const page = await open("/?view=list");
    assert.deepEqual(await hiddenFocus(page, 60), []);
    assert.deepEqual(await hiddenFocus(page, 40, true), []);
    await page.context().close();
  });

  test("on a phone, with the detail panel over the bottom of the page, the focus behind it is scrolled clear", async () => {
    const page = await open("/?view=list&event=evt-042", { width: 390, height: 844 });
    await page.locator("[data-testid=detail-panel]").waitFor();
    await page.locator("#main").focus();
    assert.deepEqual(await hiddenFocus(page, 50), []);
    await page.context().close();
  });

  test("on a desktop, tabbing through the timeline and its open panel keeps the focus in view", async () => {
    const page = await open(`/?${june2025}&event=evt-042`);
    assert.deepEqual(await hiddenFocus(page, 60), []);
    await page.context().close();
  });
});

describe("1.4.10 reflow at 320 CSS px: no horizontal scrolling", () => {
  for (const [name, path] of [
    ["timeline", "/"],
    ["list", "/?view=list"],
    ["sources", "/?view=sources"],
    ["detail panel", "/?event=evt-042"],
    ["slides", "/?mode=present&event=evt-042"],
    ["Ukrainian timeline", "/?lang=uk"],
    ["Russian list", "/?view=list&lang=ru"],
  ]) {
    test(name, async () => {
      const page = await open(path, { width: 320, height: 640 });
      if (path.includes("view=list")) await page.locator("[data-testid=event-card] .sources-toggle").first().click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
      await page.context().close();
    });
  }
});

describe("1.4.12 text spacing: the spacing readers may set clips no label", () => {
  // The bookmarklet WCAG's understanding document gives for 1.4.12.
  const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`;
  for (const [name, path, width] of [
    ["timeline", `/?${june2025}&event=evt-042`, 1280],
    ["list", "/?view=list", 1280],
    ["phone, Ukrainian", "/?lang=uk", 360],
    ["slides, Russian", "/?mode=present&event=evt-042&lang=ru", 1280],
  ]) {
    test(name, async () => {
      const page = await open(path, { width });
      await page.addStyleTag({ content: SPACING });
      await page.waitForTimeout(200);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll("button, a, label, summary, h1, h2, h3, h4, .lane-badge, .filter-count, .visible-range, .slide-counter")]
          .filter((element) => element.checkVisibility() && element.textContent.trim())
          // The timeline's labels are cut with an ellipsis by design: each mark's full title
          // is its accessible name and opens in the panel.
          .filter((element) => !element.closest(".mark"))
          .filter((element) => {
            const style = getComputedStyle(element);
            const clips = (value) => value !== "visible";
            return (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
              || (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
          })
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} “${element.textContent.trim().slice(0, 30)}”`));
      assert.deepEqual(clipped, []);
      await page.context().close();
    });
  }
});

describe("1.4.3 contrast where axe-core cannot measure it: a cluster's count on its lane's colour", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(colorScheme, async () => {
      const page = await newPage(browser, { viewport: { width: 360, height: 800 }, colorScheme });
      await page.goto(`${server.url}/?lang=en`);
      await page.locator(".mark.cluster").first().waitFor();
      const low = await page.evaluate(() => {
        const channels = (color) => color.match(/[\d.]+/g).slice(0, 3).map(Number);
        const luminance = (color) => {
          const [r, g, b] = channels(color).map((c) => {
            const v = c / 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi + 0.05) / (lo + 0.05);
        };
        return [...document.querySelectorAll(".mark.cluster")]
          .map((mark) => {
            const style = getComputedStyle(mark);
            return [mark.className, ratio(style.color, style.backgroundColor)];
          })
          .filter(([, contrast]) => contrast < 4.5)
          .map(([name, contrast]) => `${name}: ${contrast.toFixed(2)}`);
      });
      assert.deepEqual(low, []);
      await page.context().close();
    });
  }
});

describe("4.1.3 status messages reach screen readers through polite live regions", () => {
  test("the filter count, the visible span and a copy confirmation are announced", async () => {
    const page = await open("/?view=list&lang=uk");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const count = page.locator("[data-testid=filter-count]");
    assert.equal(await count.getAttribute("role"), "status", "role=status is polite");
    await page.locator("[data-testid=search]").fill("Маріупол");
    await page.waitForFunction(() => /^Показано [1-9]\d* з 68 подій$/.test(document.querySelector("[data-testid=filter-count]").textContent));
    const card = page.locator("[data-testid=event-card]").first();
    await card.locator(".sources-toggle").click();
    await card.getByTestId("cite").click();
    const copied = card.locator(".copy-status").first();
    assert.equal(await copied.getAttribute("aria-live"), "polite");
    await page.waitForFunction(() => [...document.querySelectorAll(".copy-status")].some((status) => status.textContent.includes("Скопійовано")));
    await page.goto(`${server.url}/?lang=ru&${june2025}`);
    const span = page.locator("[data-testid=visible-range]");
    await span.waitFor();
    assert.equal(await span.getAttribute("aria-live"), "polite");
    await page.locator("[data-testid=zoom-in]").click();
    await page.waitForFunction(() => !document.querySelector("[data-testid=visible-range]").textContent.includes("1 июля"));
    await page.context().close();
  });
});
