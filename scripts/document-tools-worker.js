// The document tools' web worker (src/bin/document_tools.rs): the app starts it when an editor
// opens a file or exports, sends one request, and ends it once it has answered.
// scripts/build.sh puts this file beside the tools' wasm-bindgen glue as document-tools.js.
import init, { convert_file, export_document } from "./chronoline-tools.js";

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const reply =
      data.export !== undefined
        ? export_document(String(data.export), String(data.document), String(data.stamp), String(data.language ?? ""))
        : convert_file(String(data.name), new Uint8Array(data.bytes));
    self.postMessage({ reply });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
