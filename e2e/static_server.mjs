// A static file server for the release build (dist/) and the test fixtures, on loopback.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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

/** Serves `roots` (URL prefix → folder) on 127.0.0.1 at a free port; resolves to { url, close }.
 * Every response allows any origin (as a sandboxed embed, with its opaque origin, needs) and
 * carries `headers` (for example a Content-Security-Policy). */
export function serveFolders(roots, headers = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
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
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/html" }).end("<!doctype html><h1>Not found</h1>");
    }
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}
