/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, with its globals.
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nodes } from '../../machines/index.ts';
import { playerSite } from '../helpers/player-site.ts';


// The player alone on a bare page, as a docs site embeds it: every load is quick, so the fuzz can load many.
const site = playerSite('k8s-hash-', { 'selinux.html': '<script type="module" src="k8s-adventure.js"></script><k8s-adventure start="selinux-mode"></k8s-adventure>' });

const SELINUX_START = 'QUESTION What will SELinux be set to?';

/** A page whose uncaught exceptions and console errors are kept. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

const heading = (page: Page) => page.locator('k8s-adventure h2.node-title').innerText();

/** Hashes a user, a broken link or a fuzzer could put in the URL: bad percent-encoding, ids, near-ids, noise. */
const hashes = fc.oneof(
  fc.constantFrom('%', '%%', '%ZZ', '%E0%A4%A', '%C0%AF', '%FF', '%D800', '%ED%A0%80', 'selinux-mode%', '%73elinux-mode'),
  fc.constantFrom(...Object.keys(nodes)),
  fc.string({ unit: fc.constantFrom('%', 'E', '0', 'A', '4', 'F', 'z', '-', '#', '/', '?', ' '), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

describe('the player under hostile URL hashes (Chromium)', () => {
  it.each(['%', '%ZZ', '%E0%A4%A'])('opens #%s at the chapter start, as it does an unknown id', async (hash) => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/selinux.html#${hash}`);
    await page.locator('k8s-adventure h2.node-title').waitFor({ timeout: 5000 });
    expect(await heading(page)).toBe(SELINUX_START);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('treats a hash changed to malformed percent-encoding as it does an unknown id, and follows a good one after', async () => {
    const { page, errors } = await newPage();
    const headingAfter = async (hash: string) => {
      await page.goto(`${site.url}/selinux.html?before=${encodeURIComponent(hash)}`);
      await page.locator('k8s-adventure h2.node-title').waitFor();
      await page.evaluate((value) => {
        location.hash = value;
      }, hash);
      await page.waitForFunction((value) => location.hash === `#${value}`, hash);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return heading(page);
    };
    const unknown = await headingAfter('no-such-node');
    expect(await headingAfter('%E0%A4%A')).toBe(unknown);
    expect(await headingAfter('%')).toBe(unknown);
    await page.evaluate(() => {
      location.hash = 'selinux-permissive';
    });
    await page.waitForFunction(() => document.querySelector('k8s-adventure')!.shadowRoot!.querySelector('h2')!.textContent!.includes('permissive'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives a fuzz of hashes, changed in place and loaded fresh, with no uncaught exception', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/selinux.html`);
    await page.locator('k8s-adventure h2.node-title').waitFor();
    // In place: 80 hash changes inside the page, each given a turn of the event loop.
    const inPlace = fc.sample(hashes, { numRuns: 80, seed: 13 });
    const shown = (await page.evaluate(async (list) => {
      const titles = new Set<string>();
      for (const hash of list) {
        location.hash = hash;
        await new Promise((resolve) => setTimeout(resolve, 0));
        titles.add(document.querySelector('k8s-adventure')!.shadowRoot!.querySelector('h2.node-title')?.textContent ?? 'EMPTY');
      }
      return [...titles];
    }, inPlace)) as string[];
    expect(shown).not.toContain('EMPTY');
    // Loaded fresh: each a new document, so the element starts from the hash.
    for (const [index, hash] of fc.sample(hashes, { numRuns: 6, seed: 7 }).entries()) {
      await page.goto(`${site.url}/selinux.html?load=${index}#${hash}`);
      await page.locator('k8s-adventure h2.node-title').waitFor({ timeout: 5000 });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 40_000);
});
