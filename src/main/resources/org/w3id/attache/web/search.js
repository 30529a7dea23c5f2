// The home page's search box: asks /search for JSON as one types and lists the entities found.
// Only textContent and attributes are set, never markup, so no name can inject any.
"use strict";
(function () {
  // Fuseki's UI moved from / to /sparql-ui/: an old link such as /#/dataset/attache/query goes there.
  if (location.pathname === "/" && location.hash.indexOf("#/") === 0) {
    location.replace("/sparql-ui/" + location.hash);
    return;
  }
  var box = document.getElementById("search-box");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!box || !list || !more) {
    return;
  }
  var asked = 0;
  var timer = null;

  function describe(r) {
    var parts = r.types.slice();
    if (r.country) { parts.push(r.country); }
    if (r.wikidata) { parts.push("Wikidata " + r.wikidata); }
    return parts.length ? " \u2014 " + parts.join(", ") : "";
  }

  function show(answer, append) {
    if (!append) {
      list.textContent = "";
    }
    more.textContent = "";
    answer.results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "search-hit";
      a.textContent = r.label;
      if (r.page) { a.setAttribute("href", r.page); }
      var note = document.createElement("span");
      note.className = "muted";
      note.textContent = describe(r) + " (" + r.match + ")";
      li.appendChild(a);
      li.appendChild(note);
      list.appendChild(li);
    });
    if (!append && answer.results.length === 0) {
      more.textContent = "No entity has a name or alias containing \u201c" + answer.query + "\u201d.";
    }
    if (answer.next !== undefined) {
      var button = document.createElement("button");
      button.type = "button";
      button.id = "search-next";
      button.textContent = "more";
      button.addEventListener("click", function () { ask(answer.query, answer.next, true); });
      more.appendChild(button);
    }
  }

  function ask(q, offset, append) {
    var mine = ++asked;
    fetch("/search?q=" + encodeURIComponent(q) + "&offset=" + offset, { headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("search answered " + response.status); }
        return response.json();
      })
      .then(function (answer) { if (mine === asked) { show(answer, append); } })
      .catch(function (e) { if (mine === asked) { more.textContent = e.message; } });
  }

  box.addEventListener("input", function () {
    clearTimeout(timer);
    var q = box.value.trim();
    if (q.length === 0) {
      asked++;
      list.textContent = "";
      more.textContent = "";
      return;
    }
    timer = setTimeout(function () { ask(q, 0, false); }, 200);
  });
})();
