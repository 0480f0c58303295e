import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../src/probes/types.ts';
import { readContent } from '../../src/content/index.ts';
import { startSession } from '../../src/session/index.ts';
import { suggestedItem, suggestionWords, verdictLines } from '../../src/view/verdict.ts';
import { DONT_KNOW_LABEL, menu, type MenuItem } from '../../src/view/menu.ts';

const result: ProbeResult = {
  id: 'selinux-mode',
  status: 'fail',
  observed: 'enforcing',
  expected: 'permissive',
  evidence: [
    { source: 'getenforce', excerpt: 'Enforcing' },
    { source: '/etc/selinux/config', excerpt: 'SELINUX=enforcing\nSELINUXTYPE=targeted\nSETLOCALDEFS=0' },
    { source: 'ls -Z', excerpt: 'var_lib_t' },
  ],
  suggests: 'enforcing',
};
const items: MenuItem[] = [
  { key: '1', label: 'Enforcing', choice: 'enforcing' },
  { key: '2', label: 'Permissive', choice: 'permissive' },
  { key: '3', label: DONT_KNOW_LABEL, dontKnow: true },
];

describe('a verdict in words', () => {
  it('names the status as a word and with its symbol, and fits the evidence to the room given', () => {
    const verdict = verdictLines(result, { items: 2, lines: 2, joiner: ' ⏎ ' });
    expect(verdict).toEqual({
      probe: 'selinux-mode',
      status: 'fail',
      label: '✗ fail',
      observed: 'enforcing',
      evidence: [
        { source: 'getenforce', excerpt: 'Enforcing' },
        { source: '/etc/selinux/config', excerpt: 'SELINUX=enforcing ⏎ SELINUXTYPE=targeted' },
      ],
    });
    const roomy = verdictLines(result, { items: 3, lines: Number.POSITIVE_INFINITY, joiner: ' / ' });
    expect(roomy.evidence.map((item) => item.excerpt)).toEqual(['Enforcing', 'SELINUX=enforcing / SELINUXTYPE=targeted / SETLOCALDEFS=0', 'var_lib_t']);
  });

  it('finds the suggested line of the menu, and never the "I don\'t know" line for a probe that suggests nothing', () => {
    expect(suggestedItem(result, items)?.key).toBe('1');
    const { suggests: _none, ...silent } = result;
    expect(suggestedItem(silent, items)).toBeUndefined();
  });
});

describe('a suggestion in words', () => {
  const content = readContent();
  const session = startSession('storage-driver');
  const items = menu(session, content);
  const probed = (suggests: string, observed: string): ProbeResult => ({ id: 'docker-storage-driver', status: 'fail', observed, suggests, evidence: [], expected: '' }) as unknown as ProbeResult;

  it('says where the host is a doom, and offers nothing to accept', () => {
    const words = suggestionWords(probed('devicemapper-loopback', 'devicemapper on loop devices'), items, session, content, 'Enter')!;
    expect(words).toBe(
      'This host: devicemapper on loop devices. That is 1. devicemapper on loop devices: whatever a plain yum install docker gives, the doom below (devicemapper on loop devices); pick the choice that gets this host out of it.',
    );
    expect(words).not.toContain('accept');
  });

  it('offers a suggestion that leads on to be accepted', () => {
    expect(suggestionWords(probed('overlay', 'overlay'), items, session, content, 'Enter')).toBe('Suggests 4. overlay: Enter to accept, or pick another choice.');
  });
});
