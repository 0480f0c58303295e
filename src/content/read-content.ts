import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { NODE_IDS, nodes, type NodeId } from '../../machines/index.ts';
import { packageRoot } from '../package-root.ts';
import { ContentError, type ContentLibrary, type NodeContent } from './node-content.ts';
import { parseNodeContent } from './parse-node-content.ts';

/** Where a node's words live: content/<chapter id>/<node id>.md. */
export const contentPath = (nodeId: NodeId): string => `${nodes[nodeId]!.chapter}/${nodeId}.md`;

export const CONTENT_DIR = join(packageRoot, 'content');

/** Every Markdown file under the content directory except READMEs, relative to it, with `/` separators. */
export const contentFiles = (dir = CONTENT_DIR): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.md') && basename(file) !== 'README.md');

const cache = new Map<string, ContentLibrary>();

/** Reads the content of every node, once per process. A missing or malformed file is a ContentError naming it. */
export function readContent(dir = CONTENT_DIR): ContentLibrary {
  const cached = cache.get(dir);
  if (cached) return cached;
  const library = new Map<NodeId, NodeContent>();
  for (const id of NODE_IDS) {
    const path = join(dir, contentPath(id));
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      throw new ContentError(`no content for node '${id}': expected ${relative(process.cwd(), path)}`);
    }
    library.set(id, parseNodeContent(id, raw, relative(process.cwd(), path)));
  }
  cache.set(dir, library);
  return library;
}
