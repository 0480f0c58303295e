import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const KUBERNETES_DIR = 'deploy/kubernetes';

export interface Kustomization {
  namespace?: string;
  resources: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string; target: Record<string, string> }[];
}

export const readYaml = (path: string): unknown[] =>
  parseAllDocuments(readFileSync(path, 'utf8')).map((document) => {
    if (document.errors.length) throw new Error(`${path}: ${document.errors[0]!.message}`);
    return document.toJS();
  });

export const readKustomization = (dir: string): Kustomization => readYaml(join(dir, 'kustomization.yaml'))[0] as Kustomization;

/** The objects of a kustomization's local resources (remote bases are not fetched in tests). */
export const localResources = (dir: string): { file: string; object: Record<string, any> }[] =>
  readKustomization(dir)
    .resources.filter((resource) => !/^https?:\/\//.test(resource))
    .flatMap((file) => readYaml(join(dir, file)).map((object) => ({ file, object: object as Record<string, any> })));

/** The JSON patch operations RFC 6902 "add" needs here: a path of keys, `-` appending to a list. */
export function applyAddPatch(target: unknown, operations: readonly { op: string; path: string; value: unknown }[]): unknown {
  const copy = structuredClone(target) as Record<string, any>;
  for (const { op, path, value } of operations) {
    if (op !== 'add') throw new Error(`unsupported op ${op}`);
    const keys = path.split('/').slice(1);
    const last = keys.pop()!;
    let node: any = copy;
    for (const key of keys) {
      if (node[key] === undefined) throw new Error(`${path}: no ${key}`);
      node = node[key];
    }
    if (Array.isArray(node)) {
      if (last === '-') node.push(value);
      else node.splice(Number(last), 0, value);
    } else node[last] = value;
  }
  return copy;
}
