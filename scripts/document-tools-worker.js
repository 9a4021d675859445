// The document tools' web worker (src/bin/document_tools.rs): the app starts it when an editor
// opens a file, sends the file, and ends it once it has answered. scripts/build.sh puts this
// file beside the tools' wasm-bindgen glue as document-tools.js.
import init, { convert_file } from "./chronoline-tools.js";

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ reply: convert_file(String(data.name), new Uint8Array(data.bytes)) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
