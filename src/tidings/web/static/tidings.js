/* tidings: the timeline, chart, network and map widgets. Every text from the store is set with textContent
   (or escaped, where a widget takes a string). */
(function () {
  "use strict";

  var DAY = 86400000;

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value == null ? "" : String(value);
    if (cls) el.className = cls;
    return el;
  }

  function escapeHtml(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function day(iso) { return new Date(iso + "T00:00:00Z"); }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function setupTimeline() {
    var box = document.getElementById("timeline");
    if (!box || typeof vis === "undefined") return;
    var status = document.getElementById("timeline-status");
    fetch(box.getAttribute("data-src"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) { drawTimeline(box, status, data); })
      .catch(function (err) { status.textContent = "Could not load the timeline: " + err; });
  }

  function drawTimeline(box, status, data) {
    var items = new vis.DataSet(data.items.map(function (it) {
      var label = it.label + (it.repeats > 1 ? " (×" + it.repeats + ")" : "");
      return {
        id: it.id, group: it.group, start: day(it.start), type: "box", label: label,
        title: escapeHtml(it.when + ": " + label + " — " + it.type + ", " + it.status + ", " + plural(it.sources, "source")),
        className: "t-" + String(it.type).replace(/[^A-Z]/g, "") + " st-" + String(it.status).replace(/[^a-z]/g, "")
      };
    }));
    var groups = new vis.DataSet(data.groups.map(function (g, i) { return { id: g.id, label: g.content, order: i }; }));
    var options = {
      stack: true,
      align: "left",
      orientation: { axis: "top", item: "top" },
      verticalScroll: true,
      maxHeight: 620,
      zoomable: true,
      zoomKey: "ctrlKey",
      horizontalScroll: true,
      zoomMin: 3 * DAY,
      groupOrder: "order",
      margin: { item: { horizontal: 4, vertical: 4 }, axis: 4 },
      cluster: { maxItems: 3, titleTemplate: "{count} events here: zoom in, or double-click", showStipes: false, fitOnDoubleClick: true },
      template: function (item) {
        if (!item || item.uiItems) return text("span", (item && item.uiItems ? item.uiItems.length : "several") + " events", "cluster-label");
        return text("span", item.label);
      },
      groupTemplate: function (group) { return text("span", group.label); },
      tooltip: { followMouse: true, overflowMethod: "cap" },
      xss: { disabled: false }
    };
    if (data.window) {
      options.start = day(data.window.start);
      options.end = day(data.window.end);
    }
    var timeline = new vis.Timeline(box, items, groups, options);
    box.timeline = timeline;
    // vis-timeline draws its clusters on a change of window, not on the first one: move the end by a second.
    if (data.window) timeline.setWindow(options.start, new Date(options.end.getTime() + 1000), { animation: false });
    timeline.on("rangechanged", function () {
      // A timeline opened on a window is shown at the first redraw after "rangechanged" (200 ms after the last
      // setWindow); left alone, that redraw waits for the next tick of the current-time bar, up to a second.
      if (!box.getAttribute("data-ready")) timeline.redraw();
    });
    timeline.on("changed", function () {
      // Ready once the rows are laid out (vis-timeline measures in a first pass with its elements hidden).
      var label = box.querySelector(".vis-labelset .vis-label");
      if (!box.getAttribute("data-ready") && (!label || label.innerText.trim())) box.setAttribute("data-ready", "1");
    });
    timeline.on("select", function (props) {
      if (props.items && props.items.length === 1 && items.get(props.items[0])) {
        window.location.href = "/event/" + encodeURIComponent(props.items[0]);
      }
    });
    document.getElementById("zoom-in").addEventListener("click", function () { timeline.zoomIn(0.5); });
    document.getElementById("zoom-out").addEventListener("click", function () { timeline.zoomOut(0.5); });
    document.getElementById("fit").addEventListener("click", function () { timeline.fit(); });
    document.getElementById("dense").addEventListener("click", function () {
      if (data.window) timeline.setWindow(day(data.window.start), day(data.window.end));
    });
    var said = data.truncated ? "The " + data.shown + " most reported of " + data.total + " events (narrow the filters to see all)" : plural(data.total, "event");
    if (data.outside) said += "; " + data.outside + " dated outside the busiest span (drag, or All dates, to see them)";
    if (!data.items.length) said = data.total ? "None of the " + plural(data.total, "matching event") + " has a date." : "No event matches these filters.";
    status.textContent = said + ". Drag to move, Ctrl + wheel or the buttons to zoom, click an event to open it.";
    if (!data.items.length) box.setAttribute("data-ready", "1");
  }

  function embed(box, spec, then) {
    return vegaEmbed(box, spec, { actions: false, renderer: "svg" })
      .then(function (result) { box.view = result.view; if (then) then(result); box.setAttribute("data-ready", "1"); })
      .catch(function (err) { box.textContent = "Could not draw: " + err; });
  }

  function setupChart() {
    var box = document.getElementById("chart");
    var spec = document.getElementById("chart-spec");
    if (!box || !spec || typeof vegaEmbed === "undefined") return;
    embed(box, JSON.parse(spec.textContent));
  }

  function setupNetwork() {
    var box = document.getElementById("network");
    var source = document.getElementById("network-data");
    if (!box || !source || typeof vis === "undefined" || !vis.Network) return;
    var data = JSON.parse(source.textContent);
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return {
        id: n.id, label: String(n.label), value: n.value || 1, title: text("span", n.label + (n.main ? "" : ": " + plural(n.value, "event") + " together")),
        color: n.main ? { background: "#1d2733", border: "#1d2733" } : { background: "#d9dee5", border: "#667085" },
        font: { color: "#1d2733", size: n.main ? 17 : 14, strokeWidth: 4, strokeColor: "#ffffff" }
      };
    }));
    var quads = Object.keys(data.legend);
    var edges = new vis.DataSet(data.edges.map(function (e, i) {
      // One curve per quad class, bent apart, so that two kinds of tie with one partner do not draw over each other.
      var k = Math.max(0, quads.indexOf(e.quad));
      return {
        id: i, from: e.from, to: e.to, value: e.value, color: { color: e.color, opacity: 0.9 }, title: text("span", e.title),
        smooth: { type: k % 2 ? "curvedCCW" : "curvedCW", roundness: 0.08 + 0.17 * Math.floor(k / 2) }
      };
    }));
    var network = new vis.Network(box, { nodes: nodes, edges: edges }, {
      nodes: { shape: "dot", scaling: { min: 8, max: 30, label: { enabled: false } }, font: { vadjust: 0 } },
      edges: { scaling: { min: 1.5, max: 8 } },
      physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -140, springLength: 150, avoidOverlap: 1 }, stabilization: { iterations: 150 } },
      interaction: { hover: true, tooltipDelay: 150 }
    });
    box.network = network;
    network.on("doubleClick", function (props) {
      if (props.nodes.length === 1) window.location.href = "/actor/" + encodeURIComponent(props.nodes[0]);
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      network.fit();
      box.setAttribute("data-ready", "1");
    });
    setTimeout(function () { box.setAttribute("data-ready", "1"); }, 4000);
  }

  function setupMap() {
    var box = document.getElementById("map");
    if (!box || typeof vegaEmbed === "undefined") return;
    var status = document.getElementById("map-status");
    fetch(box.getAttribute("data-src"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        status.textContent = plural(data.located, "event") + " of " + data.total + " at " + plural(data.places.length, "place") +
          " with coordinates; countries shaded by the events their actors take part in or that happen there. Click a circle to list its events.";
        return embed(box, data.spec, function (result) {
          result.view.addEventListener("click", function (event, item) {
            if (item && item.datum && item.datum.lat != null && item.datum.name) showPlace(box, item.datum);
          });
        });
      })
      .catch(function (err) { status.textContent = "Could not load the map: " + err; });
  }

  function showPlace(box, place) {
    var panel = document.getElementById("place-events");
    var filters = box.getAttribute("data-search");
    var query = (filters ? filters + "&" : "") + "place=" + encodeURIComponent(place.name);
    document.getElementById("place-name").textContent = place.name + (place.country ? " (" + place.country + ")" : "") + ": " + plural(place.events, "event");
    panel.hidden = false;
    panel.removeAttribute("data-ready");
    htmx.ajax("GET", "/map/place?" + query, { target: "#place-body", swap: "innerHTML" }).then(function () {
      panel.setAttribute("data-ready", "1");
      panel.scrollIntoView({ block: "nearest" });
    });
  }

  function start() { setupTimeline(); setupChart(); setupNetwork(); setupMap(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
