/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, with its globals.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playerSite } from '../helpers/player-site.ts';

// The page listens before the module loads, as a docs site's own script would.
const RECORD = `<script>window.heard = []; for (const type of ['k8s-adventure-doom', 'k8s-adventure-fix', 'k8s-adventure-ready']) document.addEventListener(type, (e) => heard.push({ type, detail: e.detail, target: e.target.tagName }));</script>`;

// The attributes and events a docs page uses, on bare pages.
const site = playerSite('k8s-embed-', {
    'events.html': `${RECORD}<script type="module" src="k8s-adventure.js"></script><k8s-adventure start="host-os"></k8s-adventure>`,
    'no-hash.html': `<script type="module" src="k8s-adventure.js"></script><h2 id="intro">Intro</h2><k8s-adventure start="selinux-mode" routing="none"></k8s-adventure>`,
    'book.html': `<script type="module" src="k8s-adventure.js"></script><k8s-adventure book="kubeadm"></k8s-adventure><k8s-adventure start="no-such-node"></k8s-adventure>`,
    // Two copies of the module (a site that bundles it twice): the second must not throw on define.
    'twice.html': `<script type="module" src="k8s-adventure.js"></script><script type="module" src="k8s-adventure.js?copy=2"></script><k8s-adventure start="selinux-mode"></k8s-adventure>`,
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.url}/${path}`);
  await page.locator('k8s-adventure >> nth=0').locator('h2.node-title, p.error').first().waitFor();
  return { page, errors };
}

const heading = (page: Page) => page.locator('k8s-adventure h2.node-title').innerText();
const choose = (page: Page, label: string) => page.locator('k8s-adventure .choices button', { hasText: label }).click();

describe('the player embedded in a page (Chromium)', () => {
  it('tells the page, by bubbling composed events, when the reader reaches a doom, a fix and the end', async () => {
    const { page, errors } = await open('events.html');
    await choose(page, 'Amazon Linux AMI');
    expect(await heading(page)).toBe('DOOM Amazon Linux locks the cluster to AWS');
    await choose(page, 'Back to the fork');
    await page.locator('k8s-adventure .controls button', { hasText: 'Peek' }).click();
    await choose(page, 'CentOS 7');
    const heard = (await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)) as { type: string; detail: { id: string; kind: string; title: string }; target: string }[];
    expect(heard[0]).toEqual({ type: 'k8s-adventure-doom', detail: { id: 'amazon-linux-doom', kind: 'doom', title: 'Amazon Linux locks the cluster to AWS' }, target: 'K8S-ADVENTURE' });
    // Going back to the question and peeking announce nothing; the fix after CentOS does.
    expect(heard.slice(1)).toEqual([{ type: 'k8s-adventure-fix', detail: { id: 'latest-centos-ami', kind: 'fix', title: expect.any(String) }, target: 'K8S-ADVENTURE' }]);
    expect(errors).toEqual([]);
  });

  it('announces where a deep link lands, and the end of the walk', async () => {
    const { page } = await open('events.html#epilogue');
    await choose(page, 'Continue');
    expect(await heading(page)).toMatch(/^READY /);
    const heard = (await page.evaluate(() => (window as unknown as { heard: { type: string; detail: { id: string } }[] }).heard)).map((event) => `${event.type} ${event.detail.id}`);
    expect(heard).toEqual(['k8s-adventure-ready ready']);
    // A link to another node (the same document, a new hash) is an arrival too.
    await page.goto(`${site.url}/events.html#reboot-and-verify`);
    await page.waitForFunction(() => document.querySelector('k8s-adventure')!.shadowRoot!.querySelector('h2')!.textContent!.startsWith('FIX'));
    const landed = (await page.evaluate(() => (window as unknown as { heard: { type: string; detail: { id: string } }[] }).heard)).map((event) => `${event.type} ${event.detail.id}`);
    expect(landed).toEqual(['k8s-adventure-ready ready', 'k8s-adventure-fix reboot-and-verify']);
  });

  it('with routing="none" leaves the URL and the history alone', async () => {
    const { page, errors } = await open('no-hash.html#intro');
    expect(await heading(page)).toBe('QUESTION What will SELinux be set to?');
    const length = await page.evaluate(() => history.length);
    await choose(page, 'Permissive');
    expect(await heading(page)).toBe('FIX Set SELinux to permissive');
    expect(page.url()).toMatch(/no-hash\.html#intro$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // A hash the page sets for itself does not move the player.
    await page.evaluate(() => {
      location.hash = 'selinux-disabled';
    });
    await page.waitForTimeout(100);
    expect(await heading(page)).toBe('FIX Set SELinux to permissive');
    await page.locator('k8s-adventure .controls button', { hasText: 'Back' }).click();
    expect(await heading(page)).toBe('QUESTION What will SELinux be set to?');
    expect(errors).toEqual([]);
  });

  it('shows an unknown book or start node as an error in the element, and draws nothing else', async () => {
    const { page, errors } = await open('book.html');
    const [book, start] = await page.locator('k8s-adventure').evaluateAll((elements) => elements.map((element) => element.shadowRoot!.textContent!.replace(/^[\s\S]*<\/style>|\s+$/g, '')));
    expect(book).toContain('k8s-adventure: unknown book "kubeadm"; the books are: walkthrough');
    expect(start).toContain('k8s-adventure: unknown start node "no-such-node"');
    expect(await page.locator('k8s-adventure p.error[role="alert"]').count()).toBe(2);
    expect(await page.locator('k8s-adventure button').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('is harmless when the module is loaded twice', async () => {
    const { page, errors } = await open('twice.html');
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('k8s-adventure.js')).length === 2);
    await choose(page, 'Permissive');
    expect(await heading(page)).toBe('FIX Set SELinux to permissive');
    expect(errors).toEqual([]);
  });
});
