// Serves the release build (dist/) on 127.0.0.1 and prints its address:
//   node scripts/serve.mjs [port]
// A plain static server that, like any host of dist/ should, lets sandboxed embeds (opaque
// origin) load the module, the wasm and the data (Access-Control-Allow-Origin: *).
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serveFolders } from "../e2e/static_server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.argv[2] ?? 8080);
const server = await serveFolders({ "/": join(root, "dist") }, {}, { port });
console.log(`Chronoline: the bundled chronology at ${server.url}/`);
console.log(`An example news article with two embeds: ${server.url}/newsroom/`);
console.log("(press Ctrl+C to stop)");
