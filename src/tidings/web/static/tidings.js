/* tidings: the timeline, chart and network widgets. Every text from the store is set with textContent. */
(function () {
  "use strict";

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value == null ? "" : String(value);
    if (cls) el.className = cls;
    return el;
  }

  function setupTimeline() {
    var box = document.getElementById("timeline");
    if (!box || typeof vis === "undefined") return;
    var status = document.getElementById("timeline-status");
    fetch(box.getAttribute("data-src"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var items = new vis.DataSet(data.items.map(function (it) {
          return { id: it.id, group: it.group, start: new Date(it.start + "T00:00:00Z"), type: "box", label: it.label,
                   status: it.status, date: it.date,
                   className: "st-" + String(it.status).replace(/[^a-z-]/g, "") };
        }));
        var groups = new vis.DataSet(data.groups.map(function (g) { return { id: g.id, label: g.id }; }));
        var options = {
          stack: true, zoomable: true, horizontalScroll: true, zoomKey: "ctrlKey", maxHeight: 640,
          template: function (item) { return text("span", item.label); },
          groupTemplate: function (group) { return text("span", group.label); },
          tooltip: { followMouse: true },
          xss: { disabled: false }
        };
        if (data.items.length > 150) {
          // Many events: open on the last year that has them (the rest is a drag or a zoom away); fit draws all.
          var last = new Date(data.items[data.items.length - 1].start + "T00:00:00Z");
          options.start = new Date(last.getTime() - 365 * 86400000);
          options.end = new Date(last.getTime() + 15 * 86400000);
        }
        var timeline = new vis.Timeline(box, items, groups, options);
        box.timeline = timeline;
        if (data.items.length && data.items.length <= 150) timeline.fit({ animation: false });
        timeline.on("select", function (props) {
          if (props.items && props.items.length === 1) window.location.href = "/event/" + encodeURIComponent(props.items[0]);
        });
        document.getElementById("zoom-in").addEventListener("click", function () { timeline.zoomIn(0.5); });
        document.getElementById("zoom-out").addEventListener("click", function () { timeline.zoomOut(0.5); });
        document.getElementById("fit").addEventListener("click", function () { timeline.fit(); });
        status.textContent = (data.truncated ? "The " + data.items.length + " most reported of " + data.total + " events (narrow the filters to see all)" : data.items.length + " events") +
          ". Drag to move, Ctrl + wheel or the buttons to zoom, click an event to open it.";
        box.setAttribute("data-ready", "1");
      })
      .catch(function (err) { status.textContent = "Could not load the timeline: " + err; });
  }

  function setupChart() {
    var box = document.getElementById("chart");
    var spec = document.getElementById("chart-spec");
    if (!box || !spec || typeof vegaEmbed === "undefined") return;
    vegaEmbed(box, JSON.parse(spec.textContent), { actions: false, renderer: "svg" })
      .then(function () { box.setAttribute("data-ready", "1"); })
      .catch(function (err) { box.textContent = "Could not draw the chart: " + err; });
  }

  function setupNetwork() {
    var box = document.getElementById("network");
    var source = document.getElementById("network-data");
    if (!box || !source || typeof vis === "undefined" || !vis.Network) return;
    var data = JSON.parse(source.textContent);
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return { id: n.id, label: String(n.label), value: n.value || 1, color: n.main ? "#c0392b" : "#2c7fb8", font: { color: "#222" } };
    }));
    var edges = new vis.DataSet(data.edges.map(function (e) { return { from: e.from, to: e.to, value: e.value, label: String(e.label) }; }));
    var network = new vis.Network(box, { nodes: nodes, edges: edges }, { nodes: { shape: "dot" }, physics: { stabilization: { iterations: 150 } } });
    network.on("doubleClick", function (props) {
      if (props.nodes.length === 1) window.location.href = "/actor/" + encodeURIComponent(props.nodes[0]);
    });
    network.once("stabilized", function () { box.setAttribute("data-ready", "1"); });
    setTimeout(function () { box.setAttribute("data-ready", "1"); }, 3000);
  }

  function start() { setupTimeline(); setupChart(); setupNetwork(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
