// The bundled chronology as the tests read it: data/chronology.json, with every text that
// the data gives in several languages taken in English, the language the tests' browser
// asks for (the multilingual texts themselves are tested in e2e/languages.test.mjs).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The bundled chronology as published, multilingual fields as maps. */
export const bundledText = readFileSync(join(root, "data", "chronology.json"));
export const bundledAsPublished = JSON.parse(bundledText.toString("utf8"));

/** A text field in `language`, else the first it has; a string as it is. */
export const textIn = (value, language = "en") =>
  value && typeof value === "object" ? value[language] ?? Object.values(value)[0] : value;

const english = (item, fields) => ({ ...item, ...Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, textIn(item[f])])) });

/** The bundled chronology with its English texts, as an English reader sees it. */
export const bundled = {
  ...english(bundledAsPublished, ["title", "description"]),
  lanes: bundledAsPublished.lanes.map((lane) => english(lane, ["label"])),
  events: bundledAsPublished.events.map((event) => ({
    ...english(event, ["title", "summary", "notes"]),
    ...(event.figures ? { figures: event.figures.map((figure) => english(figure, ["label"])) } : {}),
  })),
};
