import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from './read-content.ts';
import { ContentError } from './node-content.ts';

/** One exact wording of a message, the releases that print it so, and where that is shown. */
export interface Wording {
  text: string;
  versions: Record<string, string[]>;
  source: string;
}

/** A message as it reads across releases: `cni config unintialized` in 1.4, `uninitialized` from 1.6. */
export interface Message {
  message: string;
  wordings: Wording[];
}

const FILE = 'wordings.yaml';

function check(entry: unknown, index: number): Message {
  const where = `content/${FILE}: entry ${index + 1}`;
  const { message, wordings } = (entry ?? {}) as Partial<Message>;
  if (typeof message !== 'string' || !Array.isArray(wordings) || wordings.length === 0) throw new ContentError(`${where} needs a message and its wordings`);
  for (const wording of wordings) {
    const ok =
      typeof wording?.text === 'string' &&
      wording.text.trim() !== '' &&
      typeof wording.source === 'string' &&
      wording.source.trim() !== '' &&
      typeof wording.versions === 'object' &&
      wording.versions !== null &&
      Object.values(wording.versions).every((releases) => Array.isArray(releases) && releases.every((release) => typeof release === 'string'));
    if (!ok) throw new ContentError(`${where} (${message}): every wording needs text, versions as lists of quoted releases, and a source`);
  }
  return { message, wordings: wordings.map((wording) => ({ ...wording, text: wording.text.replace(/\n$/, '') })) };
}

/** The sources' wordings of every line the content quotes (content/wordings.yaml). */
export function readWordings(dir = CONTENT_DIR): Message[] {
  const data: unknown = parseYaml(readFileSync(join(dir, FILE), 'utf8'));
  if (!Array.isArray(data)) throw new ContentError(`content/${FILE} must be a list of messages`);
  return data.map(check);
}
