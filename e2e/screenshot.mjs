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
const shots = [
  ["list-1440", "/", 1440, 900, false],
  ["list-360", "/", 360, 780, false],
  ["list-1440-full", "/", 1440, 900, true],
  ["event-open-360", "/#event-evt-042", 360, 780, false, "#event-evt-042 .sources-toggle"],
  ["event-open-1440", "/#event-evt-042", 1440, 900, false, "#event-evt-042 .sources-toggle"],
  ["broken-data-1440", "/?data=fixtures/broken.json", 1440, 900, false],
  ["missing-data-360", "/?data=fixtures/missing.json", 360, 780, false],
];
for (const [name, path, width, height, fullPage, click] of shots) {
  for (const scheme of ["light", "dark"]) {
    if (scheme === "dark" && name !== "list-1440") continue;
    const page = await newPage(browser, { viewport: { width, height }, colorScheme: scheme });
    await page.goto(server.url + path);
    await page.waitForSelector("[data-testid=event-card], [data-testid=load-failure]");
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
await browser.close();
server.close();
