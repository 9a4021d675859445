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
// - requests every integrity-checked link with crossorigin="anonymous": in an
//   <iframe sandbox="allow-scripts"> the page's origin is opaque, every request is
//   cross-origin, and the browser only checks (and so only loads) those in CORS mode.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? "/";
if (!staging) {
  console.error("embeddable-index: TRUNK_STAGING_DIR is not set (run it as a trunk hook)");
  process.exit(1);
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
  const body = EARLY_DATA + loader;
  const digest = createHash("sha384").update(body).digest();
  const name = `loader-${digest.toString("hex").slice(0, 16)}.js`;
  writeFileSync(join(staging, name), body);
  moved += 1;
  const integrity = `sha384-${digest.toString("base64")}`;
  return `<script type="module" src="${publicUrl}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
});
if (moved === 0) {
  console.error("embeddable-index: no inline module script (the wasm loader) found in index.html");
  process.exit(1);
}
const withCors = rewritten.replace(/<link\b(?![^>]*\bcrossorigin)([^>]*\bintegrity=[^>]*?)\/?>/g, '<link$1 crossorigin="anonymous">');
writeFileSync(indexPath, withCors);
