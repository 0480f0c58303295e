import { chapters } from '../../machines/index.ts';
import { escapeXml } from '../text/junit-xml.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import type { Cell, FleetMatrix } from './matrix.ts';
import { fleetSummary } from './summary.ts';
import type { FleetTriage } from './triage.ts';

/** Host text in HTML: sanitised for length, then every character that could open markup or leave an attribute escaped. */
const h = (text: string, max = 200) => escapeXml(sanitizeLine(text, max));

/** The docs site's page for a graph node: one page per chapter (the prologue is index.html), the node at #node-ID. */
const CHAPTER_OF = new Map(chapters.flatMap((chapter) => Object.keys(chapter.nodes).map((id) => [id, chapter.id === 'prologue' ? 'index' : chapter.id] as const)));
export const sitePage = (siteUrl: string, node: string) => `${siteUrl}${CHAPTER_OF.get(node) ?? 'index'}.html#node-${node}`;

/**
 * Sort keys: the worst verdict sorts first ascending; a node with no result is worse than any verdict. The Problems
 * column's key is minus the count, so that it too puts the worst nodes first.
 */
const RANK: Record<Cell['status'], number> = { fail: 0, warn: 1, unknown: 2, pass: 3, 'n/a': 4 };
const MARK: Record<Cell['status'], string> = { fail: '✗ fail', warn: '! warn', unknown: '? unknown', pass: '✓ pass', 'n/a': '– n/a' };

const CSS = `
body { font: 15px/1.5 system-ui, sans-serif; color: #111827; background: #f9fafb; margin: 0; }
main { padding: 1rem 2rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
.problems li { margin: .25rem 0; }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid #d1d5db; background: #fff; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #e5e7eb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f3f4f6; z-index: 1; }
thead button { font: inherit; font-weight: 700; background: none; border: 0; padding: .1rem .2rem; cursor: pointer; color: inherit; text-align: left; }
thead button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
tbody th { font-weight: 600; white-space: nowrap; }
.fail { background: #fee2e2; color: #7f1d1d; } .warn { background: #fef3c7; color: #78350f; }
.unknown { background: #f3f4f6; color: #374151; } .pass { color: #166534; } .na { color: #6b7280; }
.gap { background: #ede9fe; color: #4c1d95; }
td .why { display: block; max-width: 16rem; font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
td a { color: inherit; font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

// Sorts the table's rows by the clicked column's data-sort keys; each heading is a button, so Tab reaches it and
// Enter or Space sorts. Rows that tie keep their previous order (a stable sort), so sorts can be stacked.
const SCRIPT = `
const table = document.getElementById('nodes');
const body = table.tBodies[0];
const status = document.getElementById('sort-status');
for (const button of table.tHead.querySelectorAll('button')) {
  button.addEventListener('click', () => {
    const th = button.parentElement;
    const column = Array.prototype.indexOf.call(th.parentElement.children, th);
    const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of table.tHead.querySelectorAll('th')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    const numeric = th.dataset.type === 'number';
    const key = (row) => row.cells[column].dataset.sort;
    const sign = direction === 'ascending' ? 1 : -1;
    const rows = Array.from(body.rows).map((row, index) => ({ row, index }));
    rows.sort((a, b) => {
      const x = key(a.row), y = key(b.row);
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, undefined, { numeric: true });
      return sign * order || a.index - b.index;
    });
    body.append(...rows.map(({ row }) => row));
    status.textContent = 'Sorted by ' + button.textContent + ', ' + direction + '.';
  });
}
`;

function cellHtml(cell: Cell | undefined, siteUrl: string): string {
  if (!cell) return '<td class="na" data-sort="5">–</td>';
  const mark = cell.node ? `<a href="${h(sitePage(siteUrl, cell.node), 400)}">${MARK[cell.status]}</a>` : MARK[cell.status];
  const why = cell.observed ? `<span class="why" title="${h(cell.observed, 400)}">${h(cell.observed, 120)}</span>` : '';
  return `<td class="${cell.status === 'n/a' ? 'na' : cell.status}" data-sort="${RANK[cell.status]}">${mark}${why}</td>`;
}

/**
 * One self-contained page: the problems root first, then every node × every probe in a table sortable by any
 * column. No external resources (a Content-Security-Policy forbids them), and every string from a node escaped.
 * Each problem links to its node's page on the docs site (`npm run build:site`), at `siteUrl`.
 */
export function renderFleetHtml(fleet: FleetTriage, matrix: FleetMatrix, siteUrl: string): string {
  const summary = fleetSummary(fleet);
  const problems = fleet.problems
    .map((problem) => {
      const names = problem.nodes.slice(0, 12).map((name) => h(name, 60)).join(', ') + (problem.nodes.length > 12 ? ` and ${problem.nodes.length - 12} more` : '');
      const link = problem.node ? ` · <a href="${h(sitePage(siteUrl, problem.node), 400)}">walk through <code>${problem.node}</code></a>` : '';
      return `<li><span class="${problem.status}">${MARK[problem.status]}</span> <code>${h(problem.probe)}</code> on ${problem.nodes.length} node${problem.nodes.length === 1 ? '' : 's'}: ${names}${link}</li>`;
    })
    .join('\n');
  const head = [
    '<th scope="col"><button type="button">Node</button></th>',
    '<th scope="col" data-type="number"><button type="button">Problems</button></th>',
    ...matrix.probes.map((probe) => `<th scope="col" data-type="number"><button type="button">${h(probe)}</button></th>`),
  ].join('');
  const rows = matrix.rows
    .map((row) => {
      const name = `<th scope="row" data-sort="${h(row.name, 200)}">${h(row.name, 60)}</th>`;
      if (row.gap) {
        const cells = matrix.probes.map(() => '<td class="gap" data-sort="-1">–</td>').join('');
        return `<tr>${name}<td class="gap" data-sort="-1000000">no result: ${h(row.gap.kind)}<span class="why" title="${h(row.gap.reason, 400)}">${h(row.gap.reason, 120)}</span></td>${cells}</tr>`;
      }
      const count = [...row.cells.values()].filter((cell) => cell.status === 'fail' || cell.status === 'warn').length;
      return `<tr>${name}<td data-sort="${-count}">${count}</td>${matrix.probes.map((probe) => cellHtml(row.cells.get(probe), siteUrl)).join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>k8s-adventure fleet: ${summary.nodes} nodes</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>k8s-adventure fleet</h1>
<p>${summary.nodes} nodes, ${summary.withProblems} with problems, ${summary.withoutResult} without a usable result.</p>
${fleet.problems.length ? `<h2>Problems, root causes first</h2>\n<ol class="problems">\n${problems}\n</ol>` : '<p>No probe failed or warned on any node.</p>'}
<h2 id="nodes-heading">Every node</h2>
<p id="sort-help">Select a column's heading to sort by it (worst first); select it again to reverse.</p>
<p id="sort-status" class="sr-only" role="status" aria-live="polite"></p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="nodes-heading">
<table id="nodes" aria-describedby="sort-help">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
