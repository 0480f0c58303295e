import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { promptFor, respond } from '../../src/plain/respond.ts';
import { currentNode, startSession, take } from '../../src/session/index.ts';

const content = readContent();

describe('respond', () => {
  it('takes a choice by number or by id', () => {
    expect(currentNode(respond(startSession('host-os'), '3', content).session).id).toBe('debian-ubuntu-differences');
    expect(currentNode(respond(startSession('host-os'), 'coreos', content).session).id).toBe('coreos-differences');
  });

  it('explains what it cannot use and stays put', () => {
    const session = startSession('host-os');
    const response = respond(session, '9', content);
    expect(response.session).toBe(session);
    expect(response.say).toBe("'9' is not a choice here: type a number from 1 to 5, or ? for help.\n");
  });

  it('only writes reports and offers back at an ending', () => {
    const doom = take(startSession('host-os'), 'amazon-linux');
    expect(respond(doom, 'w', content).report).toBe(true);
    expect(respond(startSession('host-os'), 'w', content).report).toBeUndefined();
    expect(currentNode(respond(doom, 'b', content).session).id).toBe('host-os');
    expect(promptFor(doom, content)).toBe('\nAt an ending. b back to the fork, w report, r restart, q quit: ');
    expect(respond(doom, '1', content).say).toMatch(/does nothing at an ending/);
  });

  it('goes back from a deep-linked doom to its fork, and r starts at the beginning, not at the doom', () => {
    const doom = startSession('multiple-tagged-security-groups-doom');
    expect(promptFor(doom, content)).toBe('\nAt an ending. b back to the fork, w report, r restart, q quit: ');
    expect(currentNode(respond(doom, 'b', content).session).id).toBe('security-group-tags');
    expect(currentNode(respond(doom, 'r', content).session).id).toBe('start');
  });

  it('offers each fork by number at a deep-linked doom that several forks lead to', () => {
    const doom = startSession('centos-too-old-doom');
    expect(promptFor(doom, content)).toBe('\nAt an ending. 1-2 back to that fork (b the first), w report, r restart, q quit: ');
    expect(currentNode(respond(doom, '2', content).session).id).toBe('overlay-centos-release');
    expect(currentNode(respond(doom, 'b', content).session).id).toBe('centos-release');
    expect(respond(doom, '3', content).say).toBe("'3' does nothing at an ending: type 1-2, w, r or q.\n");
  });
});
