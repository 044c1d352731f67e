/* The live page's script: the reader's own time next to each meeting time, countdowns that run,
   and the item under discussion kept current through server-sent events (reconnecting after a drop).
   The page is whole without it. No build step: this file is served as it is. */
(function () {
  "use strict";
  var body = document.body;
  var lang = body.dataset.lang === "fr" ? "fr" : "en";
  var locale = lang === "fr" ? "fr-FR" : "en-GB";
  var words = JSON.parse(body.dataset.words || "{}");
  var meetingZone = body.dataset.zone || "";
  var readerZone = "";
  try { readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { readerZone = ""; }
  // The server's clock may be a rehearsal clock (--at): keep to it, not to the browser's.
  var offset = 0;
  function syncClock(iso) { var t = Date.parse(iso); if (!isNaN(t)) { offset = t - Date.now(); } }
  function now() { return Date.now() + offset; }
  syncClock(body.dataset.now);

  function readerTime(element) {
    var style = element.dataset.style;
    if (!style || style === "date" || !readerZone || readerZone === meetingZone) { return; }
    var next = element.nextElementSibling;
    if (next && next.classList.contains("yours")) { return; }
    var options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: readerZone };
    if (style === "datetime") { options.weekday = "short"; options.day = "numeric"; options.month = "short"; }
    var text;
    try { text = new Intl.DateTimeFormat(locale, options).format(new Date(element.getAttribute("datetime"))); }
    catch (e) { return; }
    var span = document.createElement("span");
    span.className = "yours";
    span.textContent = " (" + text + ", " + (words.yours || "your time") + ")";
    span.title = readerZone;
    element.after(span);
  }

  function spoken(milliseconds) {
    var minutes = Math.round(Math.abs(milliseconds) / 60000);
    var value = minutes, unit = "minute";
    if (minutes >= 2 * 1440) { value = Math.round(minutes / 1440); unit = "day"; }
    else if (minutes >= 60) { value = Math.round(minutes / 60); unit = "hour"; }
    return { value: value, unit: unit };
  }

  function relative(milliseconds) {
    var span = spoken(milliseconds);
    if (span.value === 0) { return ""; }  // under a minute: the server's words stay
    var sign = milliseconds < 0 ? -1 : 1;
    try { return new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(sign * span.value, span.unit); }
    catch (e) { return ""; }
  }

  function tick(root) {
    root.querySelectorAll(".countdown[data-until]").forEach(function (element) {
      var left = Date.parse(element.dataset.until) - now();
      var text = left <= 0 ? (words.passed || "passed") : relative(left);
      if (text && element.textContent !== text) { element.textContent = text; }
    });
    root.querySelectorAll(".ago[data-since]").forEach(function (element) {
      var text = relative(Date.parse(element.dataset.since) - now());
      if (text && element.textContent !== text) { element.textContent = text; }
    });
  }

  function enhance(root) {
    root.querySelectorAll("time[datetime]").forEach(readerTime);
    tick(root);
  }

  function markAgenda(current) {
    document.querySelectorAll(".agenda > li[data-ref]").forEach(function (item) {
      var on = current.indexOf(item.dataset.ref) >= 0;
      item.classList.toggle("current", on);
      var marker = item.querySelector(":scope > .marker");
      if (on) {
        item.setAttribute("aria-current", "true");
        if (!marker) {
          marker = document.createElement("strong");
          marker.className = "marker";
          marker.textContent = words.current || "";
          var title = item.querySelector(":scope > .title");
          if (title) { title.after(" ", marker); } else { item.append(marker); }
        }
      } else {
        item.removeAttribute("aria-current");
        if (marker) { marker.remove(); }
      }
    });
  }

  var live = document.getElementById("live");
  function connect() {
    var source = new EventSource(live.dataset.events);
    source.addEventListener("live", function (event) {
      var data = JSON.parse(event.data);
      syncClock(data.now);
      live.innerHTML = data.html;  // server-rendered and escaped
      markAgenda(data.current || []);
      enhance(live);
      body.dataset.updated = data.version;
    });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) { setTimeout(connect, 1000); }
    };
  }

  enhance(document);
  setInterval(function () { tick(document); }, 15000);
  if (live && live.dataset.events && window.EventSource) { connect(); }
})();
