/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, with its globals.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { fixtureDir } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const SCREENSHOTS = join(process.cwd(), 'test-results');
const FIXTURES = ['healthy-centos72-overlay', 'centos71-devicemapper-loopback', 'k8s14-no-loopback', 'sos-report-centos72-devicemapper', 'bridge-nf-zero'];
const work = mkdtempSync(join(tmpdir(), 'k8s-fleet-html-'));
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  const captures = join(work, 'captures');
  mkdirSync(captures);
  for (const name of FIXTURES) symlinkSync(fixtureDir(name), join(captures, name));
  writeFileSync(join(captures, 'sosreport-node9.tar.xz'), '');
  const { stdout } = await runCli(['fleet', '--captures', captures, '--format', 'html']);
  writeFileSync(join(work, 'fleet.html'), stdout);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`file://${join(work, 'fleet.html')}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const firstColumn = () => page.$$eval('#nodes tbody tr', (rows) => rows.map((row) => (row as HTMLTableRowElement).cells[0]!.textContent));
const header = (name: string) => page.locator('#nodes thead button', { hasText: new RegExp(`^${name}$`) });

describe('fleet --format html in Chromium', () => {
  it('loads with no console errors and asks for nothing beyond the page itself', async () => {
    expect(await page.title()).toBe('k8s-adventure fleet: 6 nodes');
    expect(errors).toEqual([]);
    expect(requests).toEqual([`file://${join(work, 'fleet.html')}`]);
    await page.screenshot({ path: join(SCREENSHOTS, 'fleet-html.png'), fullPage: true });
  });

  it('sorts by a probe column, worst first, then reversed, when its heading is clicked', async () => {
    await header('centos-release').click();
    expect(await header('centos-release').evaluate((button) => button.parentElement!.getAttribute('aria-sort'))).toBe('ascending');
    // The node with no result sorts before any verdict; then the one node on CentOS 7.1.
    expect((await firstColumn()).slice(0, 2)).toEqual(['sosreport-node9.tar.xz', 'centos71-devicemapper-loopback']);
    await header('centos-release').click();
    expect(await header('centos-release').evaluate((button) => button.parentElement!.getAttribute('aria-sort'))).toBe('descending');
    expect((await firstColumn()).at(-1)).toBe('sosreport-node9.tar.xz');
    expect(await page.locator('#sort-status').textContent()).toBe('Sorted by centos-release, descending.');
  });

  it('sorts from the keyboard: Tab reaches a heading, Enter sorts by it', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await header('Problems').focus();
    await page.keyboard.press('Enter');
    const rows = await firstColumn();
    // Most problems first, after the node with no result: the sos report and the CentOS 7.1 host, 7 each, in page order.
    expect(rows.slice(0, 3)).toEqual(['sosreport-node9.tar.xz', 'sos-report-centos72-devicemapper', 'centos71-devicemapper-loopback']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await firstColumn()).toEqual([...rows].sort());
    await page.screenshot({ path: join(SCREENSHOTS, 'fleet-html-sorted.png'), fullPage: true });
  });

  it("links each problem to its node's page on the docs site", async () => {
    const href = await page.locator('.problems a', { hasText: 'cni-loopback-missing-doom' }).getAttribute('href');
    expect(href).toBe('cni.html#node-cni-loopback-missing-doom');
    expect(errors).toEqual([]);
  });
});
