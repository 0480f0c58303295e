import { describe, expect, it } from 'vitest';
import { START } from '../../machines/index.ts';
import { readOptions } from '../../src/web/attributes.ts';

const read = (attributes: Record<string, string>) => readOptions((name) => attributes[name] ?? null);

describe("the player's attributes", () => {
  it('defaults to the walkthrough from its start, routed by the URL hash', () => {
    expect(read({})).toEqual({ ok: true, options: { book: 'walkthrough', start: START, routing: 'hash' } });
  });

  it('takes a start node, the walkthrough book by name, and routing="none"', () => {
    expect(read({ start: 'bridge-netfilter', book: 'walkthrough', routing: 'none' })).toEqual({
      ok: true,
      options: { book: 'walkthrough', start: 'bridge-netfilter', routing: 'none' },
    });
  });

  it.each([
    [{ book: 'kubeadm' }, 'unknown book "kubeadm"; the books are: walkthrough'],
    [{ book: '' }, 'unknown book ""; the books are: walkthrough'],
    [{ start: 'bridge' }, 'unknown start node "bridge" in the walkthrough book; k8s-adventure nodes lists the ids'],
    [{ routing: 'history' }, 'unknown routing "history"; use one of: hash, none'],
  ])('refuses %o with one clear message', (attributes, error) => {
    expect(read(attributes)).toEqual({ ok: false, error });
  });
});
