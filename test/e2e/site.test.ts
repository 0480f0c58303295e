/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, with its globals.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPaths, chapters, isNodeId, nodes, type NodeId } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { toMermaid } from '../../src/diagram/to-mermaid.ts';
import { buildSite } from '../../scripts/build-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDirectory } from '../helpers/static-server.ts';

const content = readContent();
const SCREENSHOTS = join(process.cwd(), 'test-results');
let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let modules: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-site-'));
  await buildSite(dir);
  site = await serveDirectory(dir);
  modules = await serveDirectory(join(process.cwd(), 'node_modules'));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await modules?.close();
});

/** A page that records every console error and uncaught exception. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.url}/${path}`);
  await page.locator('k8s-adventure h2.node-title').waitFor();
  return { page, errors };
}

const heading = (page: Page) => page.locator('k8s-adventure h2.node-title').innerText();
const choose = (page: Page, label: string) => page.locator('k8s-adventure .choices button', { hasText: label }).click();

describe('the docs site in Chromium', () => {
  it('loads with no console errors, the player at the start and the whole graph drawn', async () => {
    const { page, errors } = await open('index.html');
    expect(await heading(page)).toBe('QUESTION Bringing up a Kubernetes node');
    expect(await page.locator('figure.graph svg g.node').count()).toBe(Object.keys(nodes).length);
    expect(await page.locator('figure.graph svg').innerHTML()).toContain('Bridged traffic bypasses');
    await page.screenshot({ path: join(SCREENSHOTS, 'site-index.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('zooms and pans the whole graph from the keyboard and the buttons, opening with labels readable at page width', async () => {
    const { page, errors } = await open('index.html');
    const viewport = page.locator('figure.graph .zoom-viewport');
    const transform = () => viewport.locator('svg').evaluate((svg) => (svg as SVGSVGElement).style.transform);
    const scale = async () => Number(await viewport.getAttribute('data-scale'));
    // Labels as drawn on screen: the smallest is what a reader must make out.
    const smallestLabel = () => viewport.evaluate((element) => Math.min(...[...element.querySelectorAll('svg text')].map((text) => text.getBoundingClientRect().height)));
    expect(await smallestLabel()).toBeGreaterThanOrEqual(11);
    await viewport.screenshot({ path: join(SCREENSHOTS, 'site-graph-zoom.png') });
    const opening = await transform();
    await viewport.focus();
    await page.keyboard.press('+');
    expect(await transform()).not.toBe(opening);
    expect(await scale()).toBeCloseTo(1.25, 2);
    const zoomed = await transform();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await transform()).not.toBe(zoomed);
    await page.keyboard.press('0');
    expect(await transform()).toBe(opening);
    // The whole graph fits the viewport; Reset and − are buttons reached by Tab like any other.
    await page.locator('.zoom-controls button', { hasText: 'Whole graph' }).click();
    const [frame, drawing] = await Promise.all([viewport.boundingBox(), viewport.locator('svg').boundingBox()]);
    expect(drawing!.width).toBeLessThanOrEqual(frame!.width + 1);
    expect(drawing!.height).toBeLessThanOrEqual(frame!.height + 1);
    // Farther out than the whole graph shows nothing more.
    const whole = await scale();
    await page.locator('.zoom-controls button[aria-label="Zoom out"]').click();
    expect(await scale()).toBe(whole);
    await page.locator('.zoom-controls button', { hasText: 'Reset' }).click();
    expect(await transform()).toBe(opening);
    // A drag pans, and the node it started on is not followed.
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 40, { steps: 5 });
    await page.mouse.up();
    expect(await transform()).not.toBe(opening);
    expect(await heading(page)).toBe('QUESTION Bringing up a Kubernetes node');
    expect(errors).toEqual([]);
  });

  it('clicks through to a fix, and back with the player and with the browser', async () => {
    const { page, errors } = await open('selinux.html');
    expect(await heading(page)).toBe('QUESTION What will SELinux be set to?');
    await choose(page, 'Permissive');
    expect(await heading(page)).toBe('FIX Set SELinux to permissive');
    expect(await page.locator('k8s-adventure .content pre').first().innerText()).toContain('setenforce 0');
    expect(page.url()).toMatch(/#selinux-permissive$/);
    await page.locator('k8s-adventure .controls button', { hasText: 'Back' }).click();
    expect(await heading(page)).toBe('QUESTION What will SELinux be set to?');
    await choose(page, 'Disabled until upstream');
    expect(await heading(page)).toBe('FIX Turn SELinux off for now');
    // Every move is a history entry, the player's Back included: the browser's back retraces them all.
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#selinux-mode');
    expect(await heading(page)).toBe('QUESTION What will SELinux be set to?');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#selinux-permissive');
    expect(await heading(page)).toBe('FIX Set SELinux to permissive');
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#selinux-disabled');
    expect(await heading(page)).toBe('FIX Turn SELinux off for now');
    expect(errors).toEqual([]);
  });

  it('reaches a doom by another path, and goes back to the fork from it', async () => {
    const { page } = await open('host-os.html');
    await choose(page, 'Amazon Linux AMI');
    expect(await heading(page)).toBe('DOOM Amazon Linux locks the cluster to AWS');
    expect(await page.locator('k8s-adventure .content').innerText()).toContain('How it shows up later');
    await page.screenshot({ path: join(SCREENSHOTS, 'site-doom.png') });
    await choose(page, 'Back to the fork that led here');
    expect(await heading(page)).toBe('QUESTION Pick a host operating system');
  });

  it('keeps the answers given so far on the way back: a Debian reader is not asked for a CentOS release', async () => {
    const { page } = await open('host-os.html');
    await choose(page, 'Debian or Ubuntu');
    await choose(page, 'Continue');
    await choose(page, 'devicemapper on loop devices');
    expect(await heading(page)).toBe('DOOM devicemapper on loop devices');
    await choose(page, "Back to the fork that led here: Pick Docker's storage driver");
    await choose(page, 'overlay');
    expect(await heading(page)).toBe('QUESTION Overlay prerequisite: an XFS lower layer');
  });

  it('opens a deep link at its node, with a way to the fork and the terminal command', async () => {
    const { page } = await open('cni.html#cni-loopback-missing-doom');
    expect(await heading(page)).toBe('DOOM No loopback plugin for Kubernetes 1.4');
    expect(await page.locator('k8s-adventure .deeplink').innerText()).toBe('In a terminal: k8s-adventure --start-at cni-loopback-missing-doom');
    await choose(page, 'Go to the fork: Kubernetes 1.4: CNI 0.2 and the loopback plugin');
    expect(await heading(page)).toBe('QUESTION Kubernetes 1.4: CNI 0.2 and the loopback plugin');
  });

  it('shows the check by hand at a probe-able question, and peeks at where choices lead', async () => {
    const { page } = await open('storage-driver.html');
    expect(await page.locator('k8s-adventure aside.by-hand').innerText()).toContain("$ docker info 2>&1 | grep -A1 'Storage Driver'");
    await page.locator('k8s-adventure .controls button', { hasText: 'Peek' }).click();
    expect(await page.locator('k8s-adventure .controls button', { hasText: 'Peek' }).getAttribute('aria-pressed')).toBe('true');
    const first = page.locator('k8s-adventure .choices button').first();
    expect(await first.innerText()).toContain('leads to doom: devicemapper on loop devices');
    expect(await heading(page)).toBe("QUESTION Pick Docker's storage driver");
  });

  it('works from the keyboard: digits take choices, focus follows to the new node', async () => {
    const { page } = await open('dependencies.html');
    expect(await page.locator('k8s-adventure ul.choices').getAttribute('aria-label')).toBe('Choices');
    await page.locator('k8s-adventure .choices button').first().focus();
    await page.keyboard.press('2');
    expect(await heading(page)).toBe('FIX Install conntrack-tools, socat and bridge-utils');
    expect(await page.evaluate(() => document.querySelector('k8s-adventure')!.shadowRoot!.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe('FIX Reboot once, and check that it all survived');
  });

  it('moves the player to a node clicked in the graph', async () => {
    const { page } = await open('netfilter.html');
    await page.locator('figure.graph svg a[*|href="#echo-to-proc-doom"]').click();
    await page.waitForFunction(() => location.hash === '#echo-to-proc-doom');
    expect(await heading(page)).toBe('DOOM Echoing into /proc does not survive a reboot');
  });

  it('walks every chapter from its first node to the end', async () => {
    const page = await browser.newPage();
    for (const chapter of chapters.filter((c) => c.id !== 'prologue')) {
      await page.goto(`${site.url}/${chapter.id === 'epilogue' ? 'epilogue' : chapter.id}.html`);
      await page.locator('k8s-adventure h2.node-title').waitFor();
      const path = [...allPaths(chapter.entry)].find((candidate) => candidate.ending === 'ready')!;
      const answers = new Map(path.answers.map(({ question, choice }) => [question, choice]));
      for (let step = 0; step < 60; step++) {
        const id = (await page.evaluate(() => location.hash.slice(1))) as string;
        if (id === 'ready') break;
        const choice = isNodeId(id) ? answers.get(id) : undefined;
        await page.locator(choice ? `k8s-adventure button[data-choice="${choice}"]` : 'k8s-adventure button[data-action="continue"]').click();
      }
      expect(await heading(page), chapter.id).toBe(`READY ${content.get('ready')!.title}`);
    }
  }, 60_000);

  it('renders the Mermaid export with Mermaid itself, for the whole graph and each chapter', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/style.css`);
    const titleOf = (node: { id: NodeId }) => content.get(node.id)!.title;
    const sources = [toMermaid(titleOf), ...chapters.map((chapter) => toMermaid(titleOf, chapter.id))];
    // Passed as a string: the test runner rewrites import() in functions it compiles.
    const results = (await page.evaluate(`(async () => {
      const { default: mermaid } = await import(${JSON.stringify(`${modules.url}/mermaid/dist/mermaid.esm.min.mjs`)});
      mermaid.initialize({ startOnLoad: false });
      const sources = ${JSON.stringify(sources)};
      const nodeCounts = [];
      for (const [index, text] of sources.entries()) {
        await mermaid.parse(text);
        const { svg } = await mermaid.render('graph' + index, text);
        nodeCounts.push((svg.match(/class="node /g) || []).length);
      }
      let broken = 'accepted';
      await mermaid.parse('flowchart TD\\n  a -->|"x| b').catch(() => (broken = 'rejected'));
      return { nodeCounts, broken };
    })()`)) as { nodeCounts: number[]; broken: string };
    expect(results.broken).toBe('rejected');
    expect(results.nodeCounts[0]).toBe(Object.keys(nodes).length);
    expect(results.nodeCounts.every((count: number) => count > 0)).toBe(true);
  }, 60_000);

});
