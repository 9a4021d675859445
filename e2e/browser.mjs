// Headless Debian Chromium, driven by playwright-core (which downloads no browser).
// Playwright gives every launch a fresh, empty profile directory.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `scrollbars`: draw scroll bars that take room, as on Windows (headless hides them). */
export async function launchChromium({ scrollbars = false } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: scrollbars ? ["--hide-scrollbars"] : [],
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A page that records console errors and uncaught exceptions into `page.errors`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  page.on("pageerror", (error) => page.errors.push(String(error)));
  return page;
}

/** A test file's server and browser: the dist folder at "/" (and the fixtures at
 * "/fixtures/" when `fixtures`), and a headless Chromium. Started in `before`, stopped with
 * `endSession` in `after`. */
export async function startSession({ fixtures = false } = {}) {
  const { serveFolders } = await import("./static_server.mjs");
  const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
  const folders = fixtures ? { "/fixtures/": at("e2e/fixtures"), "/": at("dist") } : { "/": at("dist") };
  return { server: await serveFolders(folders), browser: await launchChromium() };
}

/** Stops what `startSession` started. */
export async function endSession({ server, browser }) {
  await browser?.close();
  server?.close();
}
