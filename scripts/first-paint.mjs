// The page's first paint, for the post-build hook (embeddable-index.mjs): what index.html
// shows before the app has loaded, so the reader sees the chronology's title and
// description, and the viewer's outline where the viewer will be, within one round trip of
// the HTML, while the wasm is still downloading.
//
// - firstPaintHtml(): the bundled chronology's title and description (as text, escaped:
//   never HTML), and placeholders of the viewer built from the viewer's own elements and
//   classes with its words, so each box is the size of what replaces it (style/first_paint.css
//   draws them as blank pills; e2e/first_paint.test.mjs checks the boxes match the app's).
//   What only reading the document tells (problems, rows per lane, the span of "fit all")
//   comes from data/chronology.first-paint.json (FirstPaintFacts, in src/chronology/),
//   used only when it was made from this very chronology.json: otherwise the first paint
//   is the title and the description alone.
// - FIRST_PAINT_SCRIPT: a small classic script for <head> that picks what the first paint
//   may show for the page's address (data-first-paint on <html>). It runs before the body
//   is parsed, so no frame ever shows a part the address rules out — above all, never the
//   bundled title on a page that loads another chronology. (The wasm loader is a module:
//   it runs only once the JS glue it imports has arrived, and browsers paint before that.)
//   It also sets performance.mark("timeline:first-paint").

/** Signs that are the same in every language: pan and zoom. */
const ZOOM_SIGNS = ["←", "→", "+", "−"];

/** `text` for an HTML text node or a double-quoted attribute value. */
export function escapeText(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** FNV-1a, 64 bits, of `bytes`, named as `document_hash` (src/chronology/first_paint.rs)
 * names it. */
export function documentHash(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `fnv1a64:${hash.toString(16).padStart(16, "0")}`;
}

/** The facts when they describe the chronology whose bytes are `data`, with no problem that
 * leaves something out (those are listed open, at a length the page cannot know); or why
 * not, as { reason }. */
export function usableFacts(facts, data) {
  if (!facts) return { reason: "there are no first-paint facts" };
  if (facts.document !== documentHash(data)) return { reason: "the first-paint facts are about another chronology.json" };
  if (facts.errors > 0) return { reason: "the bundled chronology has problems that leave something out" };
  return { facts };
}

const button = (classes, text) => `<button type="button" class="${classes}">${escapeText(text)}</button>`;
const laneBadge = (lane) =>
  `<span class="lane-badge ${lane.class}"><span class="lane-shape" aria-hidden="true"></span>${escapeText(lane.label)}</span>`;

/** The viewer as it opens on the bundled chronology: its toolbar and, for the timeline, the
 * controls and the lanes. Markup as the views write it (filter_bar.rs, view_toggle.rs,
 * chronology_viewer.rs, zoom_controls.rs, timeline_view.rs), with no white space between
 * elements, as Leptos writes none. */
/** The viewer's outline in one interface language (`words`, from
 * data/chronology.first-paint-words.json, `laneLabels` in that language where the data has
 * them); `reader`: the reader's build (embed.html), whose toolbar has no
 * Sources view and no File menu, Present, Print handout or Embed buttons (ViewerParts
 * in the app). */
function viewerHtml(facts, reader, words, laneLabels) {
  const WORDS = words;
  const lanes = facts.lanes.map((lane, index) => ({ ...lane, label: laneLabels[index] ?? lane.label }));
  const tags = facts.tags.length
    ? `<div class="filter-group"><span class="filter-label">${escapeText(WORDS.tags)}</span>${facts.tags.map((tag) => button("chip", tag)).join("")}</div>`
    : "";
  const toolbar =
    `<div class="toolbar">` +
    `<div class="view-toggle">${(reader ? WORDS.views.slice(0, 2) : WORDS.views).map((view) => button("segment", view)).join("")}</div>` +
    `<form class="filter-bar">` +
    button("button-secondary filters-toggle", WORDS.filters) +
    `<div class="filter-controls"><div class="filter-row">` +
    `<label class="search"><span class="visually-hidden">${escapeText(WORDS.search)}</span><input type="search" placeholder="${escapeText(WORDS.searchPlaceholder)}"></label>` +
    [WORDS.dateFrom, WORDS.dateTo].map((label) => `<label class="date-filter"><span class="filter-label">${escapeText(label)}</span><input type="date"></label>`).join("") +
    `</div><div class="filter-group">` +
    lanes.map((lane) => `<button type="button" class="chip lane-toggle">${laneBadge(lane)}</button>`).join("") +
    button("chip contested-toggle", WORDS.contestedOnly) +
    `</div>${tags}</div>` +
    `<div class="filter-row"><p class="filter-count">${escapeText(WORDS.showing)}</p></div>` +
    `</form>` +
    (reader ? "" : `<div class="page-actions"><details class="file-menu"><summary class="button-secondary">${escapeText(WORDS.fileMenu)}</summary></details>${button("button-secondary", WORDS.present)}${button("button-secondary print-handout", WORDS.printHandout)}${button("button-secondary embed-button", WORDS.embed)}</div>`) +
    `</div>`;
  const timeline =
    `<section class="timeline first-paint-timeline">` +
    `<div class="timeline-controls"><div class="zoom-controls">` +
    ZOOM_SIGNS.map((sign) => button("icon-button", sign)).join("") +
    button("button-secondary", WORDS.fitAll) +
    `</div><p class="visible-range">${escapeText(WORDS.visibleRange)}</p></div>` +
    `<div class="timeline-plot first-paint-plot"><div class="first-paint-axis"></div>` +
    lanes.map((lane) => `<div class="first-paint-lane rows-${lane.rows} ${lane.class}"><div class="lane-label">${laneBadge(lane)}</div></div>`).join("") +
    `</div></section>`;
  return `<div class="viewer first-paint-viewer" aria-hidden="true" inert>${toolbar}<div class="viewer-body">${timeline}</div></div>`;
}

/** The first paint for the bundled chronology (its parsed JSON), as the body's first
 * element, ending with the <noscript> text. `facts`: usable FirstPaintFacts, or null for
 * the title and the description alone. */
export function firstPaintHtml(chronology, facts, { reader = false, words } = {}) {
  const language = typeof chronology.language === "string" ? chronology.language : "";
  const languages = Object.keys(words);
  // The interface language the app speaks when the reader's is none of ours: the document's
  // when it is one of ours, else English.
  const fallback = languages.includes(primaryTag(language)) ? primaryTag(language) : "en";
  const inEachInterface = (html) =>
    languages
      .map((ui) => `<div data-ui-lang="${ui}"${ui === fallback ? " data-ui-default" : ""}>${html(words[ui], ui)}</div>`)
      .join("");
  const lanes = Array.isArray(chronology.lanes) ? chronology.lanes : [];
  const laneLabels = (ui) => lanes.map((lane) => {
    const texts = textsByLanguage(lane?.label, language);
    return (texts.find(([tag]) => primaryTag(tag) === ui) ?? texts[0])?.[1];
  });
  const titles = textsByLanguage(chronology.title, language);
  const descriptions = textsByLanguage(chronology.description, language);
  const title = titles[0]?.[1] ?? "";
  // Without a title the app heads the page with a placeholder until it has loaded.
  const heading = title ? `<h1>${inEachLanguage("first-paint-bundled", titles)}</h1>` : `<h1 class="pending"></h1>`;
  const header =
    `<header class="page-header"><p class="app-name">${escapeText(words[fallback].appName)}</p>${heading}` +
    inEachInterface((ui) => `<span class="full-view-link" aria-hidden="true">${escapeText(ui.openFullView)}</span>`) +
    `</header>`;
  // When the data was last updated, under the description, as the app writes it.
  const updated = facts?.updated
    ? inEachInterface((ui) => (ui.updated ? `<p class="document-updated">${escapeText(ui.updated)}</p>` : ""))
    : "";
  const problems = facts?.warnings
    ? inEachInterface((ui) => `<details class="problem-list only-warnings first-paint-problems" aria-hidden="true" inert><summary>${escapeText(ui.warnings)}</summary></details>`)
    : "";
  const viewer = facts ? inEachInterface((ui, tag) => viewerHtml(facts, reader, ui, laneLabels(tag))) : "";
  const named = title ? `“${escapeText(title)}” is a chronology` : "This is a chronology";
  const noscript =
    `<noscript><p class="noscript">${named} in which every event links to the source that reports it. ` +
    `Its interactive timeline needs JavaScript and WebAssembly; the events and their sources are in ` +
    `<a href="chronology.json">chronology.json</a>.</p></noscript>`;
  return (
    `<div class="first-paint" id="first-paint">${header}<main class="first-paint-main">` +
    `<div class="first-paint-content"><p class="document-description">${inEachLanguage("first-paint-text", descriptions)}</p>${updated}${problems}${viewer}</div>` +
    `${noscript}</main></div>`
  );
}

/** A text field of the event format (a string, or a map from language tag to text) as
 * [language, text] pairs, the document's language first; a string is in `language`. */
function textsByLanguage(value, language) {
  const pairs =
    typeof value === "string" ? [[language, value]]
    : value && typeof value === "object" ? Object.entries(value).filter(([, text]) => typeof text === "string")
    : [];
  const texts = pairs.map(([tag, text]) => [tag, text.trim()]).filter(([, text]) => text);
  const own = texts.findIndex(([tag]) => primaryTag(tag) === primaryTag(language));
  return own > 0 ? [texts[own], ...texts.filter((_, index) => index !== own)] : texts;
}

const primaryTag = (tag) => String(tag).split(/[-_]/)[0].toLowerCase();

/** One span per language, each marked with its language; the first (the document's) is the
 * one shown unless the reader's language has its own (style/first_paint.css). A single
 * text is written as before, with no marks. */
function inEachLanguage(classes, texts) {
  if (texts.length === 1) return classes === "first-paint-text" ? escapeText(texts[0][1]) : `<span class="${classes}">${escapeText(texts[0][1])}</span>`;
  return texts
    .map(([tag, text], index) =>
      `<span class="${classes}" lang="${escapeText(tag)}" data-text-lang="${escapeText(primaryTag(tag))}"${index === 0 ? " data-text-default" : ""}>${escapeText(text)}</span>`)
    .join("");
}

/** The first paint's choice: a classic script for <head> (see the top of this file). */
export const FIRST_PAINT_SCRIPT = `// What the first paint shows for this address (style/first_paint.css): set before the body
// is parsed, so no frame shows what the address rules out. Written by scripts/first-paint.mjs.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var has = function (key) { return query.has(key); };
  var embedded = query.get("embed") === "1";
  var mode = query.get("mode");
  var view = query.get("view");
  var scheme = query.get("theme");
  // As the app sets them once it runs, so that its styles already apply.
  if (embedded) root.setAttribute("data-embed", "");
  if (scheme === "light" || scheme === "dark") root.setAttribute("data-theme", scheme);
  var paint =
    mode === "present" || ["accent", "background", "text", "font"].some(has) ? "none"
    : has("data") ? (embedded || mode === "presenter" ? "none" : "other")
    : mode === "presenter" ? "presenter"
    : ["hide", "q", "from", "to", "tags", "contested"].some(has) ? "about"
    : has("event") || has("range") || view === "list" || view === "sources" ? "toolbar"
    : "timeline";
  root.setAttribute("data-first-paint", paint);
  // The reader's language as the app will choose it (Language::choose): the address's, else
  // the browser's first that the interface speaks. The first paint then shows the title and
  // description in it when the data has them (style/first_paint.css), and <html lang> says it.
  var tags = [query.get("lang") || ""].concat(navigator.languages || []);
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
    if (primary === "en" || primary === "uk" || primary === "ru") {
      root.setAttribute("data-first-paint-lang", primary);
      root.setAttribute("lang", primary);
      break;
    }
  }
  // Marked in the first animation frame once the first paint is in the document: that
  // frame paints it (rendering waits for the style sheets). Not here, where the body is
  // not parsed yet, nor in the wasm loader, which runs only after its imports arrive,
  // often long after the paint. A tab in the background draws no frame, and marks none.
  requestAnimationFrame(function mark() {
    if (document.getElementById("first-paint") || document.readyState !== "loading") {
      performance.mark("timeline:first-paint");
    } else {
      requestAnimationFrame(mark);
    }
  });
})();
`;
