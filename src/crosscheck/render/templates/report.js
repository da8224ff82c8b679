// crosscheck HTML report: filters kept in the URL fragment, and links into closed sections.
// The page works without this script; it only adds the filters.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll("[data-finding]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-source-row]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));
  var shown = document.getElementById("shown");
  var words = null; // each finding's text, lower case, read at the first search
  var CHOICES = ["kind", "severity"];

  function number(n) {
    return n.toLocaleString("en-US");
  }

  function boxes(name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]'));
  }

  function checked(name) {
    return boxes(name).filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function query() {
    return form.elements.q.value.trim().replace(/\s+/g, " ").toLowerCase();
  }

  // The filters as URL parameters, leaving out those at their default.
  function state() {
    var params = new URLSearchParams();
    CHOICES.forEach(function (name) {
      var on = checked(name);
      if (on.length !== boxes(name).length) params.set(name, on.join(","));
    });
    ["story", "source"].forEach(function (name) {
      if (form.elements[name].value) params.set(name, form.elements[name].value);
    });
    if (query()) params.set("q", form.elements.q.value.trim());
    return params.toString();
  }

  function restore(params) {
    CHOICES.forEach(function (name) {
      var on = params.has(name) ? params.get(name).split(",") : null;
      boxes(name).forEach(function (box) { box.checked = on === null || on.indexOf(box.value) >= 0; });
    });
    ["story", "source"].forEach(function (name) {
      var select = form.elements[name];
      var value = params.get(name) || "";
      select.value = value;
      if (select.value !== value) select.value = "";
    });
    form.elements.q.value = params.get("q") || "";
  }

  function apply() {
    var kinds = checked("kind");
    var severities = checked("severity");
    var story = form.elements.story.value;
    var source = form.elements.source.value;
    var q = query();
    if (q && words === null) {
      words = findings.map(function (f) { return f.textContent.replace(/\s+/g, " ").toLowerCase(); });
    }
    var count = 0;
    findings.forEach(function (f, i) {
      var d = f.dataset;
      var ok = kinds.indexOf(d.kind) >= 0 && severities.indexOf(d.severity) >= 0 &&
        (!story || d.story === story) &&
        (!source || (" " + d.sources + " ").indexOf(" " + source + " ") >= 0) &&
        (!q || words[i].indexOf(q) >= 0);
      if (f.hidden === ok) f.hidden = !ok;
      if (ok) count += 1;
    });
    rows.forEach(function (row) {
      var ok = (!story || row.dataset.story === story) && (!source || row.dataset.source === source);
      if (row.hidden === ok) row.hidden = !ok;
    });
    groups.forEach(function (group) {
      var all = group.querySelectorAll("[data-finding]");
      var visible = group.querySelectorAll("[data-finding]:not([hidden])").length;
      var counter = group.querySelector("[data-count]");
      var empty = group.querySelector(".empty");
      if (counter) {
        counter.textContent = visible === all.length ? number(all.length) : number(visible) + " of " + number(all.length);
      }
      if (empty) empty.hidden = visible > 0 || all.length === 0;
    });
    shown.textContent = count === findings.length
      ? "Showing all " + number(findings.length) + " findings."
      : "Showing " + number(count) + " of " + number(findings.length) + " findings.";
  }

  function changed() {
    apply();
    var params = state();
    var base = location.href.split("#")[0];
    history.replaceState(null, "", params ? base + "#" + params : base);
  }

  // A source's kept text, built from its JSON (see crosscheck.render.html._text_data) the
  // first time it is opened: text goes in as text nodes, never as markup.
  function run(part) {
    if (typeof part === "string") return document.createTextNode(part);
    var text = part[0], mark = part[1], hidden = part[2];
    var node = document.createTextNode(text);
    if (hidden !== null) {
      var cc = document.createElement("span");
      cc.className = "cc";
      cc.title = hidden;
      cc.appendChild(node);
      node = cc;
    }
    if (mark !== null) {
      var outer = document.createElement(mark ? "a" : "mark");
      if (mark) {
        outer.className = "fig";
        outer.href = mark;
      }
      outer.appendChild(node);
      node = outer;
    }
    return node;
  }

  function showText(box) {
    var number = box.dataset.text;
    var json = document.getElementById("text-" + number);
    if (box.dataset.shown || !json) return;
    box.dataset.shown = "1";
    var data = JSON.parse(json.textContent);
    var lines = document.createDocumentFragment();
    data.forEach(function (item) {
      var div = document.createElement("div");
      if (!Array.isArray(item)) {
        div.className = "gap";
        div.textContent = (item.to !== item.from ? "lines " + item.from + "\u2013" + item.to : "line " + item.from) +
          " skipped: " + item.why;
      } else {
        div.className = "ln";
        var n = document.createElement(item[1] ? "a" : "span");
        n.className = "n";
        n.textContent = String(item[0]);
        if (item[1]) {
          div.id = "source-" + number + "-L" + item[0];
          n.href = "#" + div.id;
        }
        var t = document.createElement("span");
        t.className = "t";
        for (var i = 2; i < item.length; i += 1) t.appendChild(run(item[i]));
        div.appendChild(n);
        div.appendChild(t);
      }
      lines.appendChild(div);
    });
    box.textContent = "";
    box.appendChild(lines);
  }

  // Open every closed section around an element, then bring it into view. A line of a
  // source text is made when its source is first shown.
  function reveal(id) {
    var target = document.getElementById(id);
    var source = /^source-(\d+)(-L\d+)?$/.exec(id);
    if (source) {
      var box = document.querySelector('[data-text="' + source[1] + '"]');
      if (box) showText(box);
      target = document.getElementById(id) || document.getElementById("source-" + source[1]);
    }
    if (!target) return;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) node.open = true;
    }
    target.scrollIntoView({ block: "center" });
  }

  function fromHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") >= 0) {
      restore(new URLSearchParams(hash));
      apply();
    } else if (hash) {
      reveal(decodeURIComponent(hash));
    }
  }

  form.hidden = false;
  form.addEventListener("change", changed);
  form.addEventListener("input", function (event) { if (event.target.name === "q") changed(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(changed, 0); });
  form.elements.q.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && form.elements.q.value) {
      form.elements.q.value = "";
      changed();
    }
  });
  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey &&
        tag !== "INPUT" && tag !== "SELECT" && tag !== "TEXTAREA") {
      event.preventDefault();
      form.elements.q.focus();
    }
  });
  window.addEventListener("hashchange", fromHash);
  document.addEventListener("toggle", function (event) {
    var box = event.target.open && event.target.querySelector("[data-text]");
    if (box) showText(box);
  }, true);

  // Printed, the folded findings are shown open; afterwards they fold again.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.slice.call(document.querySelectorAll("details.finding:not([open])"));
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  apply();
  performance.mark("crosscheck-filters-ready");
  // A link to a line needs the source texts, which come after this script.
  function ready() {
    Array.prototype.forEach.call(document.querySelectorAll("details[open] [data-text]"), showText);
    fromHash();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
