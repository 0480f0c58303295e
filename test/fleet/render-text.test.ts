import { describe, expect, it } from 'vitest';
import { renderFleetText } from '../../src/fleet/render-text.ts';
import { triage } from '../../src/fleet/triage.ts';

describe('renderFleetText', () => {
  const fleet = triage([
    { name: 'n1', kind: 'result', findings: [{ id: 'docker-storage-driver', status: 'fail', observed: '', node: 'devicemapper-loopback-doom' }] },
    { name: 'n2', kind: 'result', findings: [{ id: 'os-release', status: 'pass', observed: '' }] },
    { name: 'evil\u001b]0;PWNED\u0007\u202Epod', kind: 'missing', reason: 'no doctor output' },
  ]);
  const text = renderFleetText(fleet);

  it('says what to fix, on how many nodes, and where to read about it', () => {
    expect(text).toContain('k8s-adventure fleet: 3 nodes, 1 with problems, 1 without a usable result');
    expect(text).toMatch(/✗ fail {2}docker-storage-driver +1 node {2}n1\n +→ k8s-adventure --start-at devicemapper-loopback-doom/);
    expect(text).toContain('1 node (n2): no problems');
  });

  it('shows a hostile node name without its control or bidi characters', () => {
    expect(text).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(text).toContain('<U+202E>pod: missing: no doctor output');
  });
});
