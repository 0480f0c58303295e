import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../test/fixtures/hosts');
const BRIDGE = 'proc/sys/net/bridge/bridge-nf-call-iptables';

/**
 * Writes `count` captured hosts into `out` (node-00001, node-00002, …), each a copy of one of the fixture hosts in
 * turn, so the fleet mixes every healthy and broken kind: plain roots and sos reports alike. Each copy gets its own
 * hostname, and every seventh plain root that has a live bridge-nf-call value gets it turned to 0, so copies of one
 * fixture do not all share one set of problems. Deterministic: the same count gives the same hosts.
 */
export function generateFleet(out: string, count: number): string[] {
  if (existsSync(out) && readdirSync(out).length) throw new Error(`${out} exists and is not empty`);
  mkdirSync(out, { recursive: true });
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const written: string[] = [];
  for (let index = 1; index <= count; index++) {
    const fixture = fixtures[(index - 1) % fixtures.length]!;
    const name = `node-${String(index).padStart(5, '0')}`;
    const dir = join(out, name);
    // verbatimSymlinks: a fixture's links point inside it (some on purpose, absolute) and must stay as written.
    cpSync(join(FIXTURES, fixture), dir, { recursive: true, verbatimSymlinks: true });
    const sos = existsSync(join(dir, 'sos_commands'));
    if (sos) writeFileSync(join(dir, 'hostname'), `${name}.example.internal\n`);
    else {
      mkdirSync(join(dir, 'etc'), { recursive: true });
      writeFileSync(join(dir, 'etc/hostname'), `${name}.example.internal\n`);
      if (index % 7 === 0 && existsSync(join(dir, BRIDGE))) writeFileSync(join(dir, BRIDGE), '0\n');
    }
    written.push(dir);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, count] = process.argv.slice(2);
  if (!out || !/^\d+$/.test(count ?? '')) {
    console.error('usage: tsx scripts/generate-fleet.ts OUT_DIR COUNT   (OUT_DIR must not exist or be empty)');
    process.exit(2);
  }
  try {
    console.log(`${generateFleet(resolve(out), Number(count)).length} captured hosts in ${out}`);
  } catch (error) {
    console.error(`generate-fleet: ${(error as Error).message}`);
    process.exit(2);
  }
}
