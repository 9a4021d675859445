// Takes screenshots of the release build for people to look at:
//   node e2e/screenshot.mjs [out-dir]
import { serveFolders } from "./static_server.mjs";
import { launchChromium, newPage } from "./browser.mjs";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ?? join(root, "e2e", "artifacts");
mkdirSync(out, { recursive: true });
const server = await serveFolders({ "/fixtures/": join(root, "e2e", "fixtures"), "/": join(root, "dist") });
const browser = await launchChromium();
const june2025 = "range=2025-06-01T00:00Z~2025-07-01T00:00Z";
const shots = [
  ["timeline-fit-1440", "/", 1440, 900, false],
  ["timeline-fit-1024", "/", 1024, 768, false],
  ["timeline-fit-360", "/", 360, 780, true],
  ["timeline-june-2025-1440", `/?${june2025}`, 1440, 900, false],
  ["timeline-june-2025-1024", `/?${june2025}`, 1024, 768, false],
  ["timeline-june-2025-360", `/?${june2025}`, 360, 780, true],
  ["timeline-detail-1440", `/?${june2025}&event=evt-042`, 1440, 900, false],
  ["timeline-detail-360", `/?${june2025}&event=evt-042`, 360, 780, false],
  ["list-1440", "/?view=list", 1440, 900, false],
  ["list-360", "/?view=list", 360, 780, false],
  ["event-open-360", "/?view=list", 360, 780, false, "#event-evt-042 .sources-toggle"],
  ["event-open-1440", "/?view=list", 1440, 900, false, "#event-evt-042 .sources-toggle"],
  ["broken-data-1440", "/?data=fixtures/broken.json&view=list", 1440, 900, false],
  ["missing-data-360", "/?data=fixtures/missing.json", 360, 780, false],
];
for (const [name, path, width, height, fullPage, click] of shots) {
  for (const scheme of ["light", "dark"]) {
    if (scheme === "dark" && name !== "timeline-fit-1440") continue;
    const page = await newPage(browser, { viewport: { width, height }, colorScheme: scheme });
    await page.goto(server.url + path);
    await page.waitForSelector(".mark, [data-testid=event-card], [data-testid=load-failure]");
    if (name === "timeline-fit-1440" && scheme === "light") {
      await page.addStyleTag({ content: "html { filter: grayscale(1); }" });
      await page.screenshot({ path: join(out, "timeline-fit-1440-greyscale.png") });
      await page.addStyleTag({ content: "html { filter: none; }" });
    }
    if (click) {
      await page.click(click);
      await page.locator(click).scrollIntoViewIfNeeded();
    }
    const file = join(out, `${name}${scheme === "dark" ? "-dark" : ""}.png`);
    await page.screenshot({ path: file, fullPage });
    console.log(file, page.errors.length ? `console errors: ${page.errors.join(" | ")}` : "");
    await page.context().close();
  }
}

// The first paint: the page before the wasm has arrived (held back here), and the same page
// once the app has drawn the chronology in its place.
for (const [name, path, width, height, scheme] of [
  ["first-paint-1440", "/", 1440, 900, "light"],
  ["first-paint-1440-dark", "/", 1440, 900, "dark"],
  ["first-paint-390", "/", 390, 844, "light"],
  ["first-paint-embed-1440", "/?embed=1", 1440, 900, "light"],
  ["first-paint-embed-390", "/?embed=1", 390, 844, "light"],
  ["first-paint-presenter-900", "/?mode=presenter", 900, 700, "light"],
  ["first-paint-other-data-390", "/?data=fixtures/broken.json", 390, 844, "light"],
]) {
  const page = await newPage(browser, { viewport: { width, height }, colorScheme: scheme });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url + path, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  for (const [file, shoot] of [
    [join(out, `${name}.png`), async () => {}],
    [join(out, `${name}-loaded.png`), async () => {
      release();
      await page.waitForSelector(".mark, [data-testid=event-card], [data-testid=presenter-view]");
      await page.waitForTimeout(300);
    }],
  ]) {
    await shoot();
    await page.screenshot({ path: file });
    console.log(file, page.errors.length ? `console errors: ${page.errors.join(" | ")}` : "");
  }
  await page.context().close();
}

// The example newsroom page with its two embeds, once both have loaded and resized.
for (const width of [1280, 375]) {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  await page.goto(server.url + "/newsroom/");
  for (const frame of ["embed-light", "embed-dark"]) {
    await page.locator(`[data-testid=${frame}]`).scrollIntoViewIfNeeded();
    await page
      .frameLocator(`[data-testid=${frame}]`)
      .locator(".mark, [data-testid=event-card]")
      .first()
      .waitFor();
  }
  await page.waitForTimeout(300);
  const file = join(out, `newsroom-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, page.errors.length ? `console errors: ${page.errors.join(" | ")}` : "");
  await page.context().close();
}

// The embed dialog over the full app.
{
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/?${june2025}&event=evt-042`);
  await page.click("[data-testid=embed-button]");
  const file = join(out, "embed-dialog-1280.png");
  await page.screenshot({ path: file });
  console.log(file, page.errors.length ? `console errors: ${page.errors.join(" | ")}` : "");
  await page.context().close();
}

// Briefing: a slide at projector sizes, the presenter's window.
for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  const page = await newPage(browser, { viewport: { width, height } });
  await page.goto(`${server.url}/?mode=present&event=evt-042`);
  await page.waitForSelector("[data-testid=slide]");
  await page.waitForTimeout(300);
  const file = join(out, `slide-${width}x${height}.png`);
  await page.screenshot({ path: file });
  console.log(file, page.errors.length ? `console errors: ${page.errors.join(" | ")}` : "");
  await page.context().close();
}
{
  const page = await newPage(browser, { viewport: { width: 900, height: 700 } });
  await page.goto(`${server.url}/?mode=presenter&event=evt-042`);
  await page.waitForSelector("[data-testid=presenter-view]");
  const file = join(out, "presenter-view-900.png");
  await page.screenshot({ path: file });
  console.log(file, page.errors.length ? `console errors: ${page.errors.join(" | ")}` : "");
  await page.context().close();
}
await browser.close();
server.close();
