/* Chronoline embed resizer (optional). Include once on a page that embeds Chronoline
   iframes and has no Datawrapper, AMP or Pym.js listener of its own: each embedded timeline
   reports its content height and this sets its iframe to it. One "message" listener; it only
   ever changes the height of the iframe the message came from. */
(function () {
  "use strict";
  if (window.chronolineEmbedResizer) return;
  window.chronolineEmbedResizer = true;

  function heightOf(data) {
    if (typeof data === "string") {
      var parts = data.split("xPYMx");
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
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
      }
    }
  });
})();
