import { ContentError } from './node-content.ts';

/** The components a node's validity names, each with the releases this guide covers. */
export const VALIDITY_TOKENS = {
  kubernetes: ['1.3', '1.4'],
  os: ['centos-7.0', 'centos-7.1', 'centos-7.2', 'centos-7.3', 'debian-8', 'ubuntu-16.04', 'coreos', 'amazon-linux'],
  docker: ['1.7', '1.8', '1.9', '1.10', '1.11', '1.12'],
} as const;

export type Component = keyof typeof VALIDITY_TOKENS;

/**
 * The releases a node holds for, per component; `any` when the node does not depend on it. Front matter, e.g.
 * `validity: { kubernetes: ["1.4"], os: [centos-7.2, centos-7.3], docker: ["1.10", "1.12"] }`.
 */
export type Validity = Record<Component, readonly string[]>;

export const COMPONENTS = Object.keys(VALIDITY_TOKENS) as Component[];

/** Checks `validity:` from front matter: every component present, every release one this guide knows. */
export function parseValidity(value: unknown, file: string): Validity {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(`${file}: front matter needs 'validity' with ${COMPONENTS.join(', ')}`);
  }
  const fields = value as Record<string, unknown>;
  const extra = Object.keys(fields).find((key) => !(COMPONENTS as string[]).includes(key));
  if (extra) throw new ContentError(`${file}: validity has an unknown component '${extra}'; known: ${COMPONENTS.join(', ')}`);
  return Object.fromEntries(
    COMPONENTS.map((component) => {
      const releases = fields[component];
      const where = `${file}: validity.${component}`;
      if (!Array.isArray(releases) || releases.length === 0) throw new ContentError(`${where} must be a list of releases, or [any]`);
      for (const release of releases) {
        // YAML reads 1.10 as the number 1.1: a release must be written as a string.
        if (typeof release !== 'string') throw new ContentError(`${where}: quote ${String(release)}, or YAML reads it as a number`);
        const known: readonly string[] = VALIDITY_TOKENS[component];
        if (release !== 'any' && !known.includes(release)) {
          throw new ContentError(`${where}: '${release}' is not a release this guide covers; one of any, ${known.join(', ')}`);
        }
      }
      if (releases.includes('any') && releases.length > 1) throw new ContentError(`${where}: 'any' stands alone`);
      return [component, releases as string[]];
    }),
  ) as unknown as Validity;
}

const parts = (release: string) => {
  const match = /^(.*?)-?(\d+(?:\.\d+)*)$/.exec(release);
  return match ? { family: match[1]!, numbers: match[2]!.split('.').map(Number) } : { family: release, numbers: [] };
};

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

/**
 * Whether a release a node covers is one a source's release names: the same release, one of a family
 * (`centos-7` takes `centos-7.2`, `debian` takes `debian-8`), or at least a floor (`1.6+` takes 1.6 and later).
 */
export function releaseMatches(covered: string, named: string): boolean {
  if (covered === 'any' || named === 'any' || covered === named) return true;
  if (named.endsWith('+')) {
    const floor = parts(named.slice(0, -1));
    const release = parts(covered);
    return floor.family === release.family && release.numbers.length > 0 && compare(release.numbers, floor.numbers) >= 0;
  }
  return covered.startsWith(`${named}.`) || covered.startsWith(`${named}-`);
}

/** Whether a wording printed by `named` releases can meet a node that holds for `validity`. */
export const validityMeets = (validity: Validity, named: Readonly<Record<string, readonly string[]>>): boolean =>
  Object.entries(named).every(([component, releases]) => {
    const covered = (validity as Record<string, readonly string[]>)[component];
    // A component the node does not name (a library's own version, say) does not narrow the match.
    return covered === undefined || releases.some((release) => covered.some((mine) => releaseMatches(mine, release)));
  });
