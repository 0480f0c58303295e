import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Source runs from src/, the build from build/src/: find the root by its package.json, not a fixed depth.
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`k8s-adventure: no package.json above ${from}`);
  }
}

export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
