/* Chronoline embed resizer (optional). Include once on a page that embeds Chronoline
   iframes and has no Datawrapper, AMP or Pym.js listener of its own: each timeline posts its
   content height and this sets its iframe to it. It resizes only the iframe whose window sent
   the message, and only a Chronoline one: marked data-chronoline-embed, or loaded from this
   script's origin and directory. Other frames (ads), heights outside 1..100000 and strings
   over 200 characters are ignored. */
(function () {
  "use strict";
  if (window.chronolineEmbedResizer) return;
  window.chronolineEmbedResizer = true;

  function dir(url) {
    try {
      url = new URL(url, document.baseURI);
      return url.origin === "null" ? "" : url.origin + url.pathname.replace(/[^\/]*$/, "");
    } catch (e) {
      return "";
    }
  }
  var script = document.currentScript;
  var home = script && script.src ? dir(script.src) : "";

  function heightOf(data) {
    if (typeof data === "string") {
      var parts = data.length > 200 ? [] : data.split("xPYMx");
      return parts.length === 4 && parts[0] === "pym" && parts[2] === "height" ? Number(parts[3]) : NaN;
    }
    if (!data || typeof data !== "object") return NaN;
    if (data.sentinel === "amp" && data.type === "embed-size") return Number(data.height);
    var heights = data["datawrapper-height"];
    if (heights && typeof heights === "object") {
      for (var id in heights) return Number(heights[id]);
    }
    return NaN;
  }

  window.addEventListener("message", function (event) {
    var height = heightOf(event.data);
    if (!(height >= 1 && height <= 100000) || !event.source) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i], src;
      if (frame.contentWindow !== event.source) continue;
      src = frame.getAttribute("src");
      if (frame.hasAttribute("data-chronoline-embed") || (home && src && dir(src) === home)) {
        frame.style.height = Math.ceil(height) + "px";
      }
      return;
    }
  });
})();
