import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instance } from '@viz-js/viz';
import { Marked } from 'marked';
import { chapters, NODE_IDS, nodes, type ChapterSpec, type NodeId } from '../machines/index.ts';
import { readContent } from '../src/content/read-content.ts';
import { KIND_STYLE } from '../src/diagram/palette.ts';
import { toDot } from '../src/diagram/to-dot.ts';
import { escapeHtml } from '../src/web/escape.ts';
import { bundleGraphZoom, bundlePlayer } from './web-bundle.ts';

const content = readContent();
const marked = new Marked({ async: false });
const titleOf = (node: { id: NodeId }) => content.get(node.id)!.title;
const pageOf = (chapter: ChapterSpec) => (chapter.id === 'prologue' ? 'index.html' : `${chapter.id}.html`);

const SITE_CSS = `
body { font: 16px/1.6 system-ui, sans-serif; color: #111827; margin: 0; background: #f9fafb; }
header { background: #111827; color: #f9fafb; padding: 1rem 2rem; } header a { color: #f9fafb; text-decoration: none; font-weight: 700; }
nav.chapters { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .5rem 2rem; background: #1f2937; }
nav.chapters a { color: #d1d5db; font-size: 14px; } nav.chapters a[aria-current="page"] { color: #fff; font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
.graph { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 1rem; overflow-x: auto; margin: 1rem 0 2rem; }
.graph svg { max-width: 100%; height: auto; }
.graph.zoom { padding: 0; overflow: hidden; }
.zoom-controls { display: flex; gap: .4rem; align-items: center; padding: .5rem; border-bottom: 1px solid #e5e7eb; font-size: 14px; color: #4b5563; flex-wrap: wrap; }
.zoom-controls button { font: inherit; min-width: 2.2rem; padding: .25rem .6rem; border: 1px solid #9ca3af; border-radius: 6px; background: #f9fafb; cursor: pointer; }
.zoom-controls button:focus-visible, .zoom-viewport:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.zoom-viewport { height: min(75vh, 56rem); overflow: hidden; touch-action: none; cursor: grab; position: relative; }
.zoom-viewport svg { max-width: none; transform-origin: 0 0; display: block; }
.legend span { display: inline-block; font-size: 12px; padding: .1rem .5rem; border-radius: 4px; margin-right: .4rem; border: 1px solid; }
.node { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: .5rem 1rem; margin: .75rem 0; }
.node h3 { margin: .25rem 0; font-size: 1rem; } .node .kind { font-size: 12px; font-weight: 700; margin-right: .5rem; color: #4b5563; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
pre { background: #111827; color: #f9fafb; padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; }
`;

const LEGEND = `<p class="legend">${Object.entries(KIND_STYLE)
  .map(([kind, style]) => `<span style="background:${style.fill};border-color:${style.stroke}">${kind}</span>`)
  .join('')}</p>`;

function page(title: string, current: ChapterSpec, main: string): string {
  const links = chapters.map((chapter) => `<a href="${pageOf(chapter)}"${chapter === current ? ' aria-current="page"' : ''}>${escapeHtml(chapter.id === 'prologue' ? 'Start' : chapter.title)}</a>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · k8s-adventure</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="style.css">
<script type="module" src="k8s-adventure.js"></script>
</head>
<body>
<header><a href="index.html">k8s-adventure</a> · bringing up Kubernetes nodes, one fork at a time</header>
<nav class="chapters" aria-label="Chapters">${links}</nav>
<main>
${main}
</main>
</body>
</html>
`;
}

/** Every node of a chapter, readable without JavaScript, each with its deep links. */
function nodeIndex(chapter: ChapterSpec): string {
  return NODE_IDS.filter((id) => nodes[id].chapter === chapter.id)
    .map((id) => {
      const words = content.get(id)!;
      return `<section class="node" id="node-${id}">
<h3><span class="kind">${nodes[id].kind.toUpperCase()}</span>${escapeHtml(words.title)}</h3>
<p><a href="#${id}">Open in the player</a> · in a terminal: <code>k8s-adventure --start-at ${id}</code></p>
<details><summary>Read it here</summary>${marked.parse(words.markdown) as string}</details>
</section>`;
    })
    .join('\n');
}

/**
 * npm run build:site: the docs site. One page per chapter with its decision graph drawn as SVG (Graphviz, via
 * WebAssembly), the player starting at the chapter, and an index of its nodes; the index page has the whole graph.
 */
export async function buildSite(outDir = 'site'): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await bundlePlayer(join(outDir, 'k8s-adventure.js'));
  writeFileSync(join(outDir, 'style.css'), SITE_CSS);
  const viz = await instance();
  const svg = (chapterId?: string) => viz.renderString(toDot(titleOf, chapterId), { format: 'svg' }).replace(/^<\?xml[^>]*>\s*<!DOCTYPE[^>]*>\s*/s, '');
  // The whole graph is too large for page width: on the index it zooms and pans, with its script inlined.
  const zoomScript = await bundleGraphZoom();
  const zoomable = (svgText: string) => `<figure class="graph zoom" data-zoom-graph>
<div class="zoom-controls" role="toolbar" aria-label="Zoom the graph"><button type="button" data-zoom="in" aria-label="Zoom in">+</button><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="fit">Whole graph</button><button type="button" data-zoom="reset">Reset</button><span>Drag or use the arrow keys to move; + and − (or Ctrl+wheel, or pinch) to zoom.</span></div>
<div class="zoom-viewport" tabindex="0" role="group" aria-label="Decision graph: arrow keys move, plus and minus zoom, 0 resets">${svgText}</div>
</figure>
<script type="module">${zoomScript}</script>`;
  const written: string[] = [];
  for (const chapter of chapters) {
    const file = join(outDir, pageOf(chapter));
    const isIndex = chapter.id === 'prologue';
    const intro = isIndex
      ? `<h1>k8s-adventure</h1>
<p>A choose-your-own-adventure through bringing up Kubernetes 1.3/1.4 nodes on CentOS 7 on AWS: every fork of the post-mortem, its fix, and its dead ends. Play it below, or open a chapter. The same graph runs in the terminal: <code>k8s-adventure</code>.</p>`
      : `<h1>${escapeHtml(chapter.title)}</h1>`;
    const figure = isIndex ? zoomable(svg()) : `<figure class="graph" role="group" aria-label="Decision graph">${svg(chapter.id)}</figure>`;
    const graph = `<h2>The decision graph${isIndex ? '' : ' of this chapter'}</h2>${LEGEND}${figure}`;
    const player = `<h2>Play${isIndex ? '' : ' this chapter'}</h2><k8s-adventure start="${chapter.entry}"></k8s-adventure>`;
    const body = `${intro}\n${player}\n${graph}\n<h2>Nodes</h2>\n${nodeIndex(chapter)}`;
    writeFileSync(file, page(chapter.title, chapter, body));
    written.push(file);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await buildSite(process.argv[2] ?? 'site');
  console.log(`wrote ${files.length} pages to ${process.argv[2] ?? 'site'}/`);
}
