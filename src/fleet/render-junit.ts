import { junitXml, type JunitCase, type JunitSuite } from '../text/junit-xml.ts';
import type { FleetMatrix } from './matrix.ts';

/**
 * The fleet as JUnit: one suite per node, one case per probe (class: the node's name), so a CI job's test view lists
 * which probe failed on which node. A node with no usable result is one failed case, `doctor-result`, saying why.
 * Warnings pass, as they do not fail doctor; unknown and n/a are skipped, with why.
 */
export function renderFleetJunit(matrix: FleetMatrix): string {
  const suites: JunitSuite[] = matrix.rows.map((row) => {
    if (row.gap) return { name: row.name, cases: [{ name: 'doctor-result', classname: row.name, outcome: 'failed', message: `${row.gap.kind}: ${row.gap.reason}` }] };
    const cases = [...row.cells].map(([probe, cell]): JunitCase => {
      const base = { name: probe, classname: row.name };
      if (cell.status === 'fail') return { ...base, outcome: 'failed', message: cell.observed ?? '', ...(cell.node ? { detail: `k8s-adventure --start-at ${cell.node}` } : {}) };
      if (cell.status === 'unknown') return { ...base, outcome: 'skipped', message: cell.observed ?? 'unknown' };
      if (cell.status === 'n/a') return { ...base, outcome: 'skipped', message: 'does not apply to this node' };
      return { ...base, outcome: 'passed' };
    });
    return { name: row.name, cases };
  });
  return junitXml('k8s-adventure fleet', suites);
}
