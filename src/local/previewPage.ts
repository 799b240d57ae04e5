// The local preview's page: the sidebar in a 300 px frame beside a read-only view of the book's tabs.
// Its script builds the table with textContent only, so the book's text is never read as markup.

function pageScript(token: string): string {
  return `
(function () {
  var state = { tab: null, book: null };
  var tabsEl = document.getElementById('tabs');
  var tableEl = document.getElementById('sheet');
  var infoEl = document.getElementById('info');
  function colName(n) { var s = ''; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s; return s; }
  function draw() {
    var book = state.book; if (!book) return;
    var names = book.tabs.map(function (t) { return t.name; });
    if (state.tab === null || names.indexOf(state.tab) < 0) state.tab = names[0] || null;
    tabsEl.replaceChildren.apply(tabsEl, book.tabs.map(function (t) {
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = t.name; b.className = 'tab' + (t.generated ? ' generated' : '');
      b.setAttribute('role', 'tab'); b.setAttribute('aria-selected', String(t.name === state.tab));
      b.addEventListener('click', function () { state.tab = t.name; draw(); });
      return b;
    }));
    var tab = book.tabs.filter(function (t) { return t.name === state.tab; })[0];
    var sel = book.selected && book.selected.tab === state.tab ? book.selected : null;
    var rows = tab ? tab.rows.slice() : [];
    var width = rows.reduce(function (w, r) { return Math.max(w, r.length); }, sel ? sel.col : 0);
    while (sel && rows.length < sel.row) rows.push([]);
    var head = document.createElement('tr');
    head.appendChild(document.createElement('th'));
    for (var c = 1; c <= width; c++) { var th = document.createElement('th'); th.textContent = colName(c); head.appendChild(th); }
    var body = [head];
    rows.forEach(function (r, i) {
      var tr = document.createElement('tr');
      var rh = document.createElement('th'); rh.textContent = String(i + 1); tr.appendChild(rh);
      for (var j = 0; j < width; j++) {
        var td = document.createElement('td'); td.textContent = r[j] == null ? '' : r[j];
        td.setAttribute('data-cell', colName(j + 1) + (i + 1));
        if (sel && sel.row === i + 1 && sel.col === j + 1) td.className = 'selected';
        tr.appendChild(td);
      }
      body.push(tr);
    });
    tableEl.replaceChildren.apply(tableEl, body);
    infoEl.textContent = tab ? (tab.generated ? 'Tab buatan add-on (generated tab)' : 'Tab isian (input tab)') + ' · ' + rows.length + ' baris' : '';
    var selectedCell = tableEl.querySelector('td.selected');
    if (selectedCell) selectedCell.scrollIntoView({ block: 'center', inline: 'center' });
  }
  function refresh() {
    return fetch('/book', { headers: { 'x-buku-kelompok-token': '${token}' } }).then(function (r) { return r.json(); }).then(function (book) {
      state.book = book;
      if (book.selected) state.tab = book.selected.tab;
      draw();
      document.body.setAttribute('data-refreshed', String(Number(document.body.getAttribute('data-refreshed') || '0') + 1));
    });
  }
  window.addEventListener('message', function (ev) {
    if (ev.origin === location.origin && ev.data && ev.data.type === 'buku-kelompok:changed') refresh();
  });
  refresh();
})();
`;
}

const pageStyle = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.4 system-ui, sans-serif; display: flex; height: 100vh; color: #1f2933; }
#sidebar { width: 300px; flex: none; border: 0; border-right: 1px solid #c4cdd5; height: 100vh; }
#book { flex: 1; display: flex; flex-direction: column; min-width: 0; }
#bar { padding: 6px 10px; background: #f5f7fa; border-bottom: 1px solid #d9e2ec; }
#bar h1 { font-size: 14px; margin: 0 0 4px; }
#tabs { display: flex; flex-wrap: wrap; gap: 4px; }
.tab { border: 1px solid #c4cdd5; background: #fff; border-radius: 4px 4px 0 0; padding: 3px 8px; cursor: pointer; font: inherit; }
.tab[aria-selected='true'] { background: #1a7f37; color: #fff; border-color: #116329; }
.tab.generated { font-style: italic; }
#info { color: #52606d; font-size: 12px; margin-top: 4px; }
#wrap { overflow: auto; flex: 1; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #e4e7eb; padding: 2px 6px; white-space: nowrap; max-width: 280px; overflow: hidden; text-overflow: ellipsis; }
th { background: #f5f7fa; color: #52606d; font-weight: normal; }
#sheet tr:first-child th { position: sticky; top: 0; }
td.selected { outline: 2px solid #1557d6; outline-offset: -2px; background: #e8f0fe; }
`;

/**
 * The page at `/`: `title` is the book's file name (escaped here, the only text put in markup);
 * `token` is the server's per-run secret (hex), sent back with each request for the book.
 */
export function previewPageHtml(title: string, token: string): string {
  const safe = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>Pratinjau Buku Kelompok · ${safe}</title><style>${pageStyle}</style></head>
<body>
<iframe id="sidebar" src="/sidebar.html" title="Panel Buku Kelompok"></iframe>
<section id="book" aria-label="Isi buku (hanya baca) · Book contents (read-only)">
  <div id="bar"><h1>${safe} <small>(hanya baca · read-only)</small></h1><div id="tabs" role="tablist"></div><div id="info"></div></div>
  <div id="wrap"><table id="sheet"></table></div>
</section>
<script>${pageScript(token)}</script>
</body>
</html>
`;
}
