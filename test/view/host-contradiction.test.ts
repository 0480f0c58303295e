import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { plainProbe } from '../../src/plain/plain-screen.ts';
import type { ProbeResult } from '../../src/probes/types.ts';
import { proceed, startSession, take, type ProbeNote } from '../../src/session/index.ts';
import { hostContradiction } from '../../src/view/host-contradiction.ts';
import { menu } from '../../src/view/menu.ts';

const content = readContent();
const debian: ProbeNote = { id: 'os-release', status: 'pass', observed: 'Debian GNU/Linux 8 (jessie)', suggested: 'debian-ubuntu', evidence: [] };
const atHostOs = take(startSession(), 'from-scratch');
/** CentOS answered at host-os against the probe, then on to the CentOS release question. */
const centosOnDebian = proceed(take(atHostOs, 'centos-7', 'you', debian));
const notCentos: ProbeResult = { id: 'centos-release', status: 'n/a', observed: 'not CentOS (no /etc/centos-release or /etc/redhat-release)', expected: '', evidence: [] };

describe('the host against an earlier answer', () => {
  it('says so in words at the next probed question: what was answered, what the probe saw', () => {
    expect(hostContradiction(centosOnDebian, content)).toBe(
      'The host contradicts an earlier answer: at "Pick a host operating system" you answered "CentOS 7 (the beaten path)", but the probe os-release saw Debian GNU/Linux 8 (jessie). The probes read the host as it is, so their verdicts here are about that host, not the walk you chose.',
    );
  });

  it('in plain mode, under the probe that found the host is not what the walk says', () => {
    const text = plainProbe(notCentos, menu(centosOnDebian, content), centosOnDebian, content);
    expect(text).toContain('Probe centos-release: n/a, not CentOS');
    expect(text).toContain('\nThe host contradicts an earlier answer: at "Pick a host operating system" you answered "CentOS 7 (the beaten path)"');
  });

  it('once: a later question, past one that showed a probe, says nothing more', () => {
    const past = take(centosOnDebian, '7-2-or-later', 'you', { id: 'centos-release', status: 'n/a', observed: notCentos.observed, evidence: [] });
    expect(hostContradiction(past, content)).toBeUndefined();
  });

  it('nothing where the answer agrees with the probe, no probe ran, or it could not tell', () => {
    expect(hostContradiction(proceed(take(atHostOs, 'centos-7', 'you', { ...debian, observed: 'CentOS Linux 7 (Core)', suggested: 'centos-7' })), content)).toBeUndefined();
    expect(hostContradiction(proceed(take(atHostOs, 'centos-7')), content)).toBeUndefined();
    const { suggested: _none, ...unknown } = debian;
    expect(hostContradiction(proceed(take(atHostOs, 'centos-7', 'you', { ...unknown, status: 'unknown', observed: 'no /etc/os-release' })), content)).toBeUndefined();
  });

  it('an answer against the probe at a question of what the user will do is no contradiction', () => {
    const selinux = take(startSession('selinux-mode'), 'permissive', 'you', { id: 'selinux-mode', status: 'fail', observed: 'enforcing', suggested: 'enforcing', evidence: [] });
    expect(hostContradiction(selinux, content)).toBeUndefined();
  });
});
