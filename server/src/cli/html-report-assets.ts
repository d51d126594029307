// The HTML report's stylesheet and script, inlined into the one file (it is opened from disk, with
// no network: no CDN, no web fonts). The page's Content-Security-Policy allows exactly these two
// by hash, so nothing else can run or style the page, even text that escaped escaping.

export const REPORT_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --mark: #fff1b3; --link: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
code, pre, .loc { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
header.run { padding: 16px 24px 12px; border-bottom: 1px solid var(--line); background: var(--panel); }
header.run h1 { margin: 0 0 6px; font-size: 20px; }
header.run dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
header.run dt { color: var(--muted); }
header.run dd { margin: 0; overflow-wrap: anywhere; }
main { padding: 16px 24px 40px; max-width: 1200px; }
h2 { font-size: 16px; margin: 20px 0 8px; }
.totals { display: flex; gap: 8px; flex-wrap: wrap; margin: 4px 0 12px; }
button { font: inherit; cursor: pointer; }
.badge { border: 1px solid var(--line); border-radius: 14px; padding: 2px 10px; background: var(--bg); }
.badge.error, .count.error { color: var(--error); }
.badge.warning, .count.warning { color: var(--warning); }
.badge.info, .count.info { color: var(--info); }
table.by-rule { border-collapse: collapse; width: 100%; }
table.by-rule th, table.by-rule td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.by-rule td.num, table.by-rule th.num { text-align: right; width: 5em; }
.linkish { border: 0; background: none; padding: 0; color: var(--link); text-decoration: underline; text-align: left; }
.linkish:disabled { color: var(--muted); text-decoration: none; cursor: default; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: center;
  padding: 10px 12px; margin: 16px 0; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.filters label { white-space: nowrap; }
.filters input[type=search] { min-width: 16em; padding: 3px 6px; }
.file-group > h3 { font-size: 14px; margin: 18px 0 6px; font-weight: 600; }
article.finding { border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px; margin: 8px 0 12px; padding: 10px 14px; }
article.finding.error { border-left-color: var(--error); }
article.finding.warning { border-left-color: var(--warning); }
.finding-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.rule-id { font-weight: 600; }
.rule-title, .confidence, .finding-head .loc { color: var(--muted); }
.message { margin: 6px 0; }
pre.excerpt, pre.code-block { margin: 6px 0; padding: 6px 0; background: var(--panel); border: 1px solid var(--line); border-radius: 4px; overflow-x: auto; }
pre.code-block { padding: 6px 10px; }
pre.excerpt .ln { display: block; padding: 0 10px; white-space: pre; }
pre.excerpt .ln.marked { background: #fff8c5; }
pre.excerpt .n { display: inline-block; width: 4em; color: var(--muted); user-select: none; }
pre.excerpt .gap { color: var(--muted); }
mark { background: var(--mark); outline: 1px solid #d4a72c; border-radius: 2px; color: inherit; }
details { margin: 6px 0; }
details > summary { cursor: pointer; color: var(--link); }
ol.steps { list-style: none; margin: 6px 0 0; padding: 0 0 0 4px; }
ol.steps li.step { position: relative; margin: 0 0 0 14px; padding: 2px 0 8px 18px; border-left: 2px solid var(--line); }
ol.steps li.step::before { content: ""; position: absolute; left: -6px; top: 8px; width: 10px; height: 10px; border-radius: 50%; background: var(--muted); }
ol.steps li.step.source::before { background: var(--info); }
ol.steps li.step.sink::before { background: var(--error); }
ol.steps li.step:last-child { border-left-color: transparent; }
ol.steps li.file-change { margin: 4px 0 4px 14px; padding: 2px 0 2px 18px; border-left: 2px dashed var(--line); color: var(--muted); font-size: 12.5px; }
.step-role { font-size: 11px; text-transform: uppercase; color: var(--muted); margin-right: 6px; }
.step code.line { display: block; white-space: pre; overflow-x: auto; background: var(--panel); padding: 1px 6px; margin-top: 2px; border-radius: 3px; }
.links { margin: 8px 0 0; color: var(--muted); }
.understood { color: var(--muted); }
#no-match { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
@media print { .filters { display: none; } }
`;

/** Filters (severity, rule, file text), the summary's filter buttons, expand/collapse all. */
export const REPORT_JS = `
(function () {
  "use strict";
  var $ = function (s) { return document.querySelector(s); };
  var all = function (s, el) { return Array.prototype.slice.call((el || document).querySelectorAll(s)); };
  var severities = all('input[name="severity"]');
  var rule = $("#rule-filter");
  var file = $("#file-filter");
  function apply() {
    var wanted = {};
    severities.forEach(function (b) { wanted[b.value] = b.checked; });
    var q = file.value.trim().toLowerCase();
    var shown = 0;
    all("article.finding").forEach(function (card) {
      var ok = wanted[card.dataset.severity] && (!rule.value || card.dataset.rule === rule.value) && (!q || card.dataset.files.indexOf(q) >= 0);
      card.hidden = !ok;
      if (ok) shown++;
    });
    all(".file-group").forEach(function (g) { g.hidden = !all("article.finding", g).some(function (c) { return !c.hidden; }); });
    $("#shown-count").textContent = String(shown);
    $("#no-match").hidden = shown > 0 || all("article.finding").length === 0;
  }
  function show(ruleId, severity) {
    rule.value = ruleId || "";
    severities.forEach(function (b) { b.checked = !severity || b.value === severity; });
    file.value = "";
    apply();
    $("#findings").scrollIntoView();
  }
  severities.forEach(function (b) { b.addEventListener("change", apply); });
  rule.addEventListener("change", apply);
  file.addEventListener("input", apply);
  document.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target.closest("[data-show-rule], [data-show-severity]") : null;
    if (t) show(t.getAttribute("data-show-rule"), t.getAttribute("data-show-severity"));
  });
  $("#reset-filters").addEventListener("click", function () { show("", ""); });
  $("#expand-paths").addEventListener("click", function () { all("details.path").forEach(function (d) { d.open = true; }); });
  $("#collapse-paths").addEventListener("click", function () { all("details.path").forEach(function (d) { d.open = false; }); });
  apply();
})();
`;
