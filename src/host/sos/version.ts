/** A sos version as numbers, "3.2" → [3, 2], "4.5.6" → [4, 5, 6]; unparseable → undefined. */
export function parseVersion(text: string | undefined): number[] | undefined {
  const match = /^\s*(\d+(?:\.\d+)*)/.exec(text ?? '');
  return match ? match[1]!.split('.').map(Number) : undefined;
}

/** Compares versions component by component, missing components read as 0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/** Whether `version` lies in [since, until]; an unknown version is in no range that has a bound. */
export function inRange(version: readonly number[] | undefined, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!version) return false;
  if (since && compareVersions(version, parseVersion(since)!) < 0) return false;
  if (until && compareVersions(version, parseVersion(until)!) > 0) return false;
  return true;
}
