// A static file server for the release build (dist/) and the test fixtures, on loopback.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** The deployment settings of index.html (its `chronoline:*` meta tags) an option overrides. */
const META = {
  dataOrigins: "chronoline:data-origins",
  timeoutSeconds: "chronoline:data-timeout-seconds",
  maxMegabytes: "chronoline:data-max-megabytes",
};

const escapeAttribute = (value) =>
  String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** `html` with the `content` of each deployment meta tag set in `options` replaced. */
function withSettings(html, options) {
  for (const [option, name] of Object.entries(META)) {
    if (options[option] === undefined) continue;
    const value = Array.isArray(options[option]) ? options[option].join(" ") : options[option];
    const tag = new RegExp(`(<meta\\s+name="${name}"\\s+content=")[^"]*(")`);
    if (!tag.test(html)) throw new Error(`index.html has no <meta name="${name}" content="…">`);
    html = html.replace(tag, (_, start, end) => `${start}${escapeAttribute(value)}${end}`);
  }
  return html;
}

/** Serves `roots` (URL prefix → folder) on 127.0.0.1 at `options.port` (default: a free port);
 * resolves to { url, close }.
 * Every response allows any origin (as a sandboxed embed, with its opaque origin, needs) and
 * carries `headers` (for example a Content-Security-Policy).
 *
 * `options`:
 * - `dataOrigins` (string, or array of origins), `timeoutSeconds`, `maxMegabytes`: rewrite the
 *   matching `<meta name="chronoline:…" content>` in every HTML file served;
 * - `routes`: path → `async (request, response) => void`, answered before the folders (for
 *   redirects, stalled or chunked responses);
 * - `gzip` (default false): send every file gzip-compressed (level 9, as a deployment that
 *   pre-compresses would) to a request that accepts gzip, compressing each file once. Off by
 *   default, so the tests see bodies as they are on disk; the benchmarks turn it on. */
export function serveFolders(roots, headers = {}, options = {}) {
  const routes = options.routes ?? {};
  const compressed = new Map(); // file → { mtimeMs, size, body }, when `options.gzip`
  const sockets = new Set();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (Object.hasOwn(routes, path)) {
      try {
        await routes[path](request, response);
      } catch (error) {
        if (!response.headersSent) response.writeHead(500).end(String(error));
        else response.destroy();
      }
      return;
    }
    const [prefix, folder] =
      Object.entries(roots)
        .sort((a, b) => b[0].length - a[0].length)
        .find(([prefix]) => path.startsWith(prefix)) ?? [];
    if (!folder) {
      response.writeHead(404).end("not found");
      return;
    }
    let file = resolve(folder, normalize("./" + path.slice(prefix.length)));
    if (!file.startsWith(resolve(folder))) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, "index.html")));
      const gzip = options.gzip === true && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
      const cached = gzip ? compressed.get(file) : undefined;
      let body = cached?.mtimeMs === info.mtimeMs && cached?.size === info.size ? cached.body : null;
      if (!body) {
        body = await readFile(file);
        if (extname(file) === ".html") body = withSettings(body.toString("utf8"), options);
        if (gzip) {
          body = gzipSync(body, { level: 9 });
          compressed.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
        }
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        ...(options.gzip === true ? { vary: "accept-encoding" } : {}),
        ...(gzip ? { "content-encoding": "gzip" } : {}),
        ...headers,
      });
      response.end(body);
    } catch (error) {
      if (["ENOENT", "EISDIR", "ENOTDIR"].includes(error?.code)) {
        response.writeHead(404, { "content-type": "text/html" }).end("<!doctype html><h1>Not found</h1>");
      } else {
        response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      }
    }
  });
  // Stalled test routes keep their connections open: close() ends them so the process can exit.
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((done) => {
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const { port } = server.address();
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => {
          server.close();
          for (const socket of sockets) socket.destroy();
        },
      });
    });
  });
}
