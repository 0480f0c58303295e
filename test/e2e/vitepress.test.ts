/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, with its globals.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeId } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDirectory } from '../helpers/static-server.ts';

const EXAMPLE = resolve('examples/vitepress');
const SCREENSHOTS = join(process.cwd(), 'test-results');
const content = readContent();
const title = (id: NodeId) => content.get(id)!.title;

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
const timings: Record<string, number> = {};

function timed<T>(step: string, run: () => T): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    timings[step] = Math.round(performance.now() - started);
  }
}

const sh = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The example as a docs team would have it: a copy of examples/vitepress with the packed k8s-adventure installed from
 * its tarball, built by VitePress itself (`npm run build`: the Mermaid export, then `vitepress build`), once per run.
 * VitePress and Mermaid, the example's dev dependencies, are this repository's own copies at the same pinned
 * versions, linked in: installing them again into every temporary copy would make the test minutes slower.
 */
beforeAll(async () => {
  if (!existsSync('dist/web/player.js')) throw new Error('dist/web/player.js is missing: run npm run build first');
  const work = mkdtempSync(join(tmpdir(), 'k8s-vitepress-'));
  const dir = join(work, 'site');
  timed('pack', () => sh('npm', ['pack', '--ignore-scripts', '--pack-destination', work], process.cwd()));
  const tarball = join(work, readdirSync(work).find((file) => file.endsWith('.tgz'))!);
  cpSync(EXAMPLE, dir, { recursive: true, filter: (source) => !/node_modules|[\\/]\.vitepress[\\/](cache|dist)|\.mmd$|package-lock/.test(source) });
  timed('install', () => sh('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir));
  const { devDependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  for (const [name, version] of Object.entries(devDependencies)) {
    const ours = JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string };
    expect(ours.version, `the example pins ${name} ${version}; this repository has ${ours.version}`).toBe(version);
    symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
  }
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync('../vitepress/bin/vitepress.js', join(dir, 'node_modules', '.bin', 'vitepress'));
  timed('build', () => sh('npm', ['run', 'build'], dir));
  site = await serveDirectory(join(dir, 'docs', '.vitepress', 'dist'));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`vitepress example (ms): ${JSON.stringify(timings)}`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const heading = (page: Page) => page.locator('k8s-adventure h2.node-title').innerText();

describe('the player and the Mermaid export in a VitePress site (Chromium)', () => {
  it('draws the player, takes a choice, survives client-side navigation both ways, and renders the diagram', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}/`);
    await page.locator('k8s-adventure h2.node-title').waitFor();
    expect(await heading(page)).toBe(`QUESTION ${title('bridge-netfilter')}`);
    await page.locator('k8s-adventure .choices button', { hasText: 'Set both keys to 1 in a sysctl.d file' }).click();
    expect(await heading(page)).toBe(`FIX ${title('persist-bridge-netfilter')}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'vitepress-player.png'), fullPage: true });

    // VitePress's router swaps the page without a reload: a marker on window survives it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await page.locator('.VPNavBar a', { hasText: 'The netfilter graph' }).click();
    await page.locator('.mermaid-diagram svg').waitFor({ timeout: 15_000 });
    const svg = await page.locator('.mermaid-diagram svg').innerHTML();
    expect(svg).toContain(title('echo-to-proc-doom'));
    expect(await page.locator('.mermaid-diagram svg g.node').count()).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: join(SCREENSHOTS, 'vitepress-graph.png'), fullPage: true });

    await page.locator('.vp-doc a', { hasText: 'Walk through it' }).click();
    await page.locator('k8s-adventure h2.node-title').waitFor();
    expect(await heading(page)).toBe(`QUESTION ${title('bridge-netfilter')}`);
    await page.locator('k8s-adventure .choices button', { hasText: 'echo 1 into /proc' }).click();
    expect(await heading(page)).toBe(`DOOM ${title('echo-to-proc-doom')}`);
    await page.locator('k8s-adventure .choices button', { hasText: 'Back to the fork' }).click();
    expect(await heading(page)).toBe(`QUESTION ${title('bridge-netfilter')}`);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);
});
