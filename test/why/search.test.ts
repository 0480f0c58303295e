import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { chapterHints, suggestionsFor } from '../../src/why/fallback.ts';
import { searchDocuments } from '../../src/why/search-documents.ts';
import { createSearch } from '../../src/why/search.ts';

const content = readContent();
const search = createSearch(searchDocuments(content));
const ids = (query: string) => search(query).map((hit) => hit.id);

describe('free text searched over node titles, symptoms and what they mean', () => {
  it('"ClusterIP unreachable after reboot" offers the netfilter chapter first', () => {
    const [first] = suggestionsFor('ClusterIP unreachable after reboot', content);
    expect(first).toMatchObject({ id: 'echo-to-proc-doom', chapter: { id: 'netfilter', command: 'k8s-adventure --start-at bridge-netfilter' } });
  });

  it('tolerates typos and takes prefixes', () => {
    expect(ids('loopbak plugin').slice(0, 3)).toContain('cni-loopback-missing-doom');
    expect(ids('overlay selinx').slice(0, 2)).toContain('overlay-selinux-enabled-doom');
    expect(ids('secur groups tagg')[0]).toMatch(/security-group/);
  });

  it('allows no typo in a short word, and finds nothing in nonsense', () => {
    expect(ids('qwertyuiop')).toEqual([]);
    expect(search('aws')[0]!.terms).toEqual(['aws']);
  });

  it('offers every chapter with a hint when nothing fits', () => {
    const hints = chapterHints(content);
    expect(hints.map((hint) => hint.id)).toContain('netfilter');
    expect(hints.find((hint) => hint.id === 'netfilter')).toEqual({ id: 'netfilter', title: 'Bridge netfilter', command: 'k8s-adventure --start-at bridge-netfilter', hint: 'WARNING: bridge-nf-call-iptables is disabled' });
  });
});
