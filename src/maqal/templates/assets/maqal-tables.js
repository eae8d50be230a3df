/* maqal: every table of a saved report sortable and searchable, offline (no library, no network).
   Search folds Arabic spelling as maqal.arabic.normalize does (the FOLD table below is written
   from it when the report is saved): diacritics and tatweel dropped, alef forms, ة/ه, ى/ي folded. */
(function () {
  "use strict";
  var FOLD = /*MAQAL_FOLD*/{}/*END*/;
  var WORDS = /*MAQAL_WORDS*/{"search": "search", "rows": "rows"}/*END*/;
  function fold(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i), f = FOLD[c];
      out += f === undefined ? c : f;
    }
    return out.toLowerCase();
  }
  function cellNumber(text) {
    var t = fold(text).replace(/[,٬\s%]/g, "").replace("٫", ".");
    if (t === "") return null;
    var n = Number(t);
    return isNaN(n) ? undefined : n;
  }
  function bodyRows(table) {
    var rows = [];
    for (var b = 0; b < table.tBodies.length; b++) {
      for (var r = 0; r < table.tBodies[b].rows.length; r++) rows.push(table.tBodies[b].rows[r]);
    }
    return rows;
  }
  function sortBy(table, col, th) {
    var rows = bodyRows(table), numeric = true, asc = th.getAttribute("aria-sort") !== "ascending";
    var keys = rows.map(function (row) {
      var cell = row.cells[col], text = cell ? cell.textContent.trim() : "", n = cellNumber(text);
      if (n === undefined) numeric = false;
      return {row: row, text: fold(text), num: n};
    });
    keys.sort(function (a, b) {
      var x = numeric ? (a.num === null ? -Infinity : a.num) : a.text;
      var y = numeric ? (b.num === null ? -Infinity : b.num) : b.text;
      var c = numeric ? x - y : String(x).localeCompare(String(y), "ar");
      return asc ? c : -c;
    });
    var head = th.parentNode.cells;
    for (var i = 0; i < head.length; i++) head[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var body = table.tBodies[0];
    keys.forEach(function (k) { body.appendChild(k.row); });
  }
  function filter(table, query, count) {
    var q = fold(query.trim()), rows = bodyRows(table), shown = 0;
    rows.forEach(function (row) {
      if (row._mqText === undefined) row._mqText = fold(row.textContent);
      var ok = !q || row._mqText.indexOf(q) >= 0;
      row.style.display = ok ? "" : "none";
      if (ok) shown++;
    });
    count.textContent = shown + " / " + rows.length + " " + WORDS.rows;
  }
  function enhance(table) {
    if (table.dataset.mqTable || table.closest(".maqal-legend") || !table.tBodies.length) return;
    table.dataset.mqTable = "1";
    table.classList.add("maqal-table");
    var tools = document.createElement("div"), input = document.createElement("input"), count = document.createElement("span");
    tools.className = "maqal-table-tools";
    input.type = "search";
    input.placeholder = WORDS.search;
    input.setAttribute("aria-label", WORDS.search);
    count.className = "maqal-table-count";
    tools.appendChild(input);
    tools.appendChild(count);
    table.parentNode.insertBefore(tools, table);
    input.addEventListener("input", function () { filter(table, input.value, count); });
    filter(table, "", count);
    var head = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : null;
    if (!head) return;
    Array.prototype.forEach.call(head.cells, function (th, col) {
      th.classList.add("maqal-sortable");
      th.title = WORDS.sort || "";
      th.addEventListener("click", function () { sortBy(table, col, th); });
    });
  }
  function run() { Array.prototype.forEach.call(document.querySelectorAll("table"), enhance); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run); else run();
})();
