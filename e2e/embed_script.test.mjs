// End-to-end test of the optional host-page script, embed/chronoline-embed.js, on a fixture
// article (e2e/fixtures/embed-host/) with an ad and stand-in Chronoline frames; it needs no
// build of the app. The script resizes only the frame that sent a height message, and only
// when that frame is a Chronoline embed: marked data-chronoline-embed, or loaded from the
// script's own origin and directory.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serveFolders } from "./static_server.mjs";
import { launchChromium, newPage } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const host = join(root, "e2e", "fixtures", "embed-host");
let server;
let browser;

before(async () => {
  server = await serveFolders({
    // The fixture's frame pages, served beside the script (/embed/frame-child.html) and in a
    // subdirectory of its directory (/embed/sub/child.html).
    "/embed/frame-": host,
    "/embed/sub/": host,
    "/embed/": join(root, "embed"),
    "/": host,
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Messages each frame posts: the page's `received` list counts them. */
const POSTED = { ad: 3, "ad-srcdoc": 3, subdirectory: 1, marked: 1, beside: 1, pym: 1, bounds: 4 };

test("the resize script resizes only the Chronoline frame that sent the height", async () => {
  const page = await newPage(browser);
  await page.goto(server.url + "/");
  await page.waitForFunction((posted) => {
    const counts = {};
    for (const id of window.received) counts[id] = (counts[id] ?? 0) + 1;
    return Object.entries(posted).every(([id, count]) => counts[id] === count);
  }, POSTED);
  // Every message has been dispatched to every listener, the script's included.
  assert.equal(await page.evaluate(() => window.received.includes("idle")), false);

  const heights = await page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll("iframe"), (frame) => [frame.id, frame.getBoundingClientRect().height]),
    ),
  );
  assert.deepEqual(heights, {
    // Foreign frames keep their height, whatever dialect they post in.
    ad: 250,
    "ad-srcdoc": 90,
    // A frame in a subdirectory of the script's is neither marked nor beside it.
    subdirectory: 110,
    // Marked: resized (Datawrapper message).
    marked: 777,
    // Marked but silent: not resized by the other frames' messages.
    idle: 200,
    // Unmarked, but loaded from the script's directory: resized (AMP message).
    beside: 555,
    // Marked, Pym message: rounded up.
    pym: 433,
    // Marked, but every height is out of bounds or its message too long.
    bounds: 120,
  });
  assert.equal(await page.evaluate(() => window.chronolineEmbedResizer), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("later heights from the frame are followed; the host's own messages are no frame's", async () => {
  const page = await newPage(browser);
  await page.goto(server.url + "/");
  await page.waitForFunction(() => window.received.includes("marked"));
  const marked = page.locator("#marked");
  assert.equal(await marked.evaluate((frame) => frame.getBoundingClientRect().height), 777);

  // The host page posting a height to itself resizes nothing.
  await page.evaluate(
    () =>
      new Promise((done) => {
        addEventListener("message", done, { once: true });
        postMessage({ "datawrapper-height": { chronoline: 12 } }, "*");
      }),
  );
  assert.equal(await marked.evaluate((frame) => frame.getBoundingClientRect().height), 777);

  // The embed grows (a reader opened an event): the frame follows.
  const frame = await (await marked.elementHandle()).contentFrame();
  await frame.evaluate(() => parent.postMessage({ "datawrapper-height": { chronoline: 1234 } }, "*"));
  await page.waitForFunction(() => document.getElementById("marked").getBoundingClientRect().height === 1234);
  assert.equal(await page.locator("#ad").evaluate((frame) => frame.getBoundingClientRect().height), 250);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
