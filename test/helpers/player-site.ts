import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { bundlePlayer } from '../../scripts/web-bundle.ts';
import { launchChromium } from './browser.ts';
import { serveDirectory } from './static-server.ts';

/** The head every bare test page starts with: UTF-8, and an empty favicon so no 404 shows as a console error. */
export const PAGE_HEAD = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">';

export interface PlayerSite {
  readonly browser: Browser;
  readonly url: string;
}

/**
 * Bare pages around the freshly bundled player (`k8s-adventure.js` beside them), served on localhost and opened
 * in Debian's Chromium, for one test file: set up before its tests, closed after. Each page is written after
 * PAGE_HEAD.
 */
export function playerSite(prefix: string, pages: Readonly<Record<string, string>>): PlayerSite {
  let browser: Browser | undefined;
  let site: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    await bundlePlayer(join(dir, 'k8s-adventure.js'));
    for (const [name, body] of Object.entries(pages)) writeFileSync(join(dir, name), `${PAGE_HEAD}${body}`);
    site = await serveDirectory(dir);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return site!.url;
    },
  };
}
