// Trunk post_build hook that makes index.html work where newsrooms embed it:
// - moves the inline module script trunk writes (the wasm loader) into a file of its own, so
//   the page runs under a Content-Security-Policy without 'unsafe-inline' (script-src 'self'
//   'wasm-unsafe-eval'); fails the build when there is no loader to move, so a change in
//   trunk's output cannot quietly bring inline script back. (`trunk serve` also inlines an
//   autoreload script whose placeholders it fills in when serving: that one must stay, so
//   scripts/serve.sh serves with --no-autoreload; the end-to-end tests check the release
//   build has no inline script at all.)
// - starts the chronology's request in that loader, before the wasm has downloaded and
//   started, so the two downloads run side by side (only for addresses on the page's own
//   site: any other address is the app's to check first). The app takes the response over.
// - writes the first paint into the page (scripts/first-paint.mjs): the bundled chronology's
//   title and description and placeholders of the viewer, so the page shows them before
//   the wasm has loaded, and the small <head> script (a file with SRI, like the loader)
//   that picks what of it this address may show. Replaces the <noscript> of index.html.
// - merges the stylesheets into one file, so the first paint waits for one request, not a
//   dozen.
// - requests every integrity-checked link with crossorigin="anonymous": in an
//   <iframe sandbox="allow-scripts"> the page's origin is opaque, every request is
//   cross-origin, and the browser only checks (and so only loads) those in CORS mode.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { FIRST_PAINT_SCRIPT, firstPaintHtml, usableFacts } from "./first-paint.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? "/";
if (!staging) {
  console.error("embeddable-index: TRUNK_STAGING_DIR is not set (run it as a trunk hook)");
  process.exit(1);
}

/** Writes `body` into the staging dir as `<prefix>-<hash>.js`; returns its SRI integrity. */
function writeScript(prefix, body, extension = "js") {
  const digest = createHash("sha384").update(body).digest();
  const name = `${prefix}-${digest.toString("hex").slice(0, 16)}.${extension}`;
  writeFileSync(join(staging, name), body);
  return { src: `${publicUrl}${name}`, integrity: `sha384-${digest.toString("base64")}` };
}

// Runs first in the loader module; the app finds it as window.chronolineEarlyData and uses it
// only when it names the address the app resolved (otherwise it aborts it).
const EARLY_DATA = `{
  const page = new URL(location.href);
  let url = null;
  try {
    url = new URL(page.searchParams.get("data") ?? "chronology.json", page);
  } catch {}
  if (url && url.origin === page.origin && (url.protocol === "https:" || url.protocol === "http:")) {
    const controller = new AbortController();
    const response = fetch(url.href, { signal: controller.signal });
    response.catch(() => {});
    window.chronolineEarlyData = { url: url.href, controller, response };
  }
}
`;
// The page this run builds: index.html (the app) or embed.html (the reader's build).
const indexPath = join(staging, basename(process.env.TRUNK_HTML_FILE ?? "index.html"));
const html = readFileSync(indexPath, "utf8");
let moved = 0;
const rewritten = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, loader) => {
  const { src, integrity } = writeScript("loader", EARLY_DATA + loader);
  moved += 1;
  return `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
});
if (moved === 0) {
  console.error("embeddable-index: no inline module script (the wasm loader) found in index.html");
  process.exit(1);
}

// The first paint. Its script goes in <head> ahead of the loader and the style sheets: a
// classic script, it holds the parser (not the paint, which waits for the style sheets
// anyway) until it has run, and it waits for no style sheet before it.
const dataPath = join(staging, "chronology.json");
if (!existsSync(dataPath)) {
  console.error("embeddable-index: the first paint is drawn from chronology.json, which is not in the build (copy-file in index.html)");
  process.exit(1);
}
const data = readFileSync(dataPath);
const factsPath = join(source, "data", "chronology.first-paint.json");
const { facts, reason } = usableFacts(existsSync(factsPath) ? JSON.parse(readFileSync(factsPath, "utf8")) : null, data);
if (!facts) {
  console.warn(
    `embeddable-index: ${reason}, so the first paint is the title and the description alone ` +
      "(run `cargo run --example first_paint_facts` after changing data/chronology.json)",
  );
}
// The viewer's words in each language (src/strings), written beside the facts.
const wordsPath = join(source, "data", "chronology.first-paint-words.json");
if (!existsSync(wordsPath)) {
  console.error("embeddable-index: data/chronology.first-paint-words.json is missing (run `cargo run --example first_paint_facts`)");
  process.exit(1);
}
const firstPaint = firstPaintHtml(JSON.parse(data.toString("utf8")), facts ?? null, {
  reader: basename(indexPath) === "embed.html",
  words: JSON.parse(readFileSync(wordsPath, "utf8")),
});
const script = writeScript("first-paint", FIRST_PAINT_SCRIPT);
let painted = 0;
const withFirstPaint = rewritten
  .replace(/<script type="module" src=/, (tag) => `<script src="${script.src}" integrity="${script.integrity}" crossorigin="anonymous"></script>\n${tag}`)
  .replace(/<noscript>[\s\S]*?<\/noscript>/, () => {
    painted += 1;
    return firstPaint;
  });
if (painted === 0) {
  console.error("embeddable-index: no <noscript> in index.html's body to write the first paint in place of");
  process.exit(1);
}
// One stylesheet instead of one per view: each is render-blocking, and on a slow phone
// connection a dozen requests hold the first paint for several round trips. Concatenated in
// the page's order, the rules cascade as before (and gzip better together).
const sheets = [];
const oneSheet = withFirstPaint.replace(/\n?\s*<link rel="stylesheet" href="([^"]+\.css)"[^>]*>/g, (tag, href) => {
  const path = join(staging, basename(href));
  if (!href.startsWith(publicUrl) || !existsSync(path)) return tag;
  sheets.push(readFileSync(path, "utf8"));
  unlinkSync(path);
  return sheets.length === 1 ? "\n<!--stylesheet-->" : "";
});
let styled = oneSheet;
if (sheets.length > 0) {
  const sheet = writeScript("style", sheets.join("\n"), "css");
  styled = oneSheet.replace("<!--stylesheet-->", `<link rel="stylesheet" href="${sheet.src}" integrity="${sheet.integrity}" crossorigin="anonymous">`);
}
const withCors = styled.replace(/<link\b(?![^>]*\bcrossorigin)([^>]*\bintegrity=[^>]*?)\/?>/g, '<link$1 crossorigin="anonymous">');
writeFileSync(indexPath, withCors);
