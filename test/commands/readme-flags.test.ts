import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adventureSpec } from '../../src/commands/adventure.ts';
import { doctorSpec } from '../../src/commands/doctor.ts';
import { exportSpec } from '../../src/commands/export.ts';
import { fleetSpec } from '../../src/commands/fleet.ts';
import { nodesSpec } from '../../src/commands/nodes.ts';
import { pathsSpec } from '../../src/commands/paths.ts';
import { runSpec } from '../../src/commands/run.ts';
import { whySpec } from '../../src/commands/why.ts';
import type { CommandSpec } from '../../src/kit/command-spec.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The table at the top of the README's Commands section: one row per command, with its usage. */
const COMMANDS_TABLE = README.slice(README.indexOf('\n## Commands\n')).split('\n### ')[0]!;
const SPECS: CommandSpec[] = [adventureSpec, doctorSpec, whySpec, nodesSpec, runSpec, pathsSpec, exportSpec, fleetSpec];

/** The command's row in the README's Commands table: `k8s-adventure <name> ...`, or `k8s-adventure [` for the adventure. */
function readmeRow(spec: CommandSpec): string {
  const start = spec.name === '' ? '| `k8s-adventure [' : `| \`k8s-adventure ${spec.name} `;
  const rows = COMMANDS_TABLE.split('\n').filter((line) => line.startsWith(start));
  expect(rows, `one row for '${spec.name}' in the README's Commands table`).toHaveLength(1);
  return rows[0]!;
}

describe('the README', () => {
  it.each(SPECS.map((spec) => [spec.name || '(the adventure)', spec] as const))('documents every flag of %s', (_, spec) => {
    const row = readmeRow(spec);
    for (const flag of Object.keys(spec.flags)) expect(row, `--${flag}`).toMatch(new RegExp(`--${flag}(?![\\w-])`));
  });
});
