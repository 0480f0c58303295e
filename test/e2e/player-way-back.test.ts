/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playerSite } from '../helpers/player-site.ts';


const site = playerSite('k8s-way-back-', { 'player.html': '<script type="module" src="k8s-adventure.js"></script><k8s-adventure></k8s-adventure>' });

const heading = (page: Page) => page.locator('k8s-adventure h2.node-title').innerText();
const waitForHeading = (page: Page, text: string) => page.locator('k8s-adventure h2.node-title', { hasText: text }).waitFor({ timeout: 5000 });

describe('the player: a way back from a deep-linked doom (Chromium)', () => {
  it('goes to the fork, shows the fix on the doom, and a key takes the fix at once', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/player.html#multiple-tagged-security-groups-doom`);
    await waitForHeading(page, 'An instance in two tagged security groups');
    // The fix where the symptom is, its command whole in one code line.
    const code = (await page.locator('k8s-adventure .content pre code').allInnerTexts()).map((text) => text.trim());
    expect(code).toContain('aws ec2 delete-tags --resources "$MASTER_SECURITY_GROUP_ID" --tags Key=KubernetesCluster');
    await page.locator('k8s-adventure button[data-action="way-back"]').click();
    await waitForHeading(page, "How many of each instance's security groups are tagged?");
    expect(page.url()).toMatch(/#security-group-tags$/);
    await page.keyboard.press('3');
    await waitForHeading(page, "Take the tag off the masters' security group");
    await page.close();
  });

  it('offers each fork of a doom that several forks lead to, and b takes the first, as in the terminal', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/player.html#centos-too-old-doom`);
    await waitForHeading(page, 'Overlay on CentOS 7.0 or 7.1');
    const buttons = page.locator('k8s-adventure button[data-action="way-back"]');
    await buttons.first().focus();
    expect(await buttons.allInnerTexts()).toEqual([
      '1 Go to the fork: Which CentOS 7 release is the node on, after the update?',
      '2 Go to the fork: Overlay prerequisite: CentOS 7.2 or later',
    ]);
    await page.keyboard.press('2');
    await waitForHeading(page, 'Overlay prerequisite: CentOS 7.2 or later');
    await page.goBack();
    await waitForHeading(page, 'Overlay on CentOS 7.0 or 7.1');
    await buttons.first().focus();
    await page.keyboard.press('b');
    await waitForHeading(page, 'Which CentOS 7 release is the node on, after the update?');
    expect(await heading(page)).toContain('QUESTION');
    await page.close();
  });
});
