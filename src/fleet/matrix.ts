import type { NodeFinding, NodeReport, Status } from './node-report.ts';

/** One probe's verdict on one node, kept only as far as a table cell needs it. */
export interface Cell {
  status: Status;
  /** What the probe saw, kept for problems and unknowns only: a pass needs no words. */
  observed?: string;
  node?: string;
}

export interface MatrixRow {
  name: string;
  /** Why the node has no result, if it has none. */
  gap?: { kind: string; reason: string };
  cells: Map<string, Cell>;
}

/**
 * Nodes × probes, for the outputs that show every verdict (the HTML table, JUnit). Unlike the triage it grows with
 * the nodes, so it is built only for those outputs; a pass is kept as its status alone.
 */
export class FleetMatrix {
  readonly probes: string[] = [];
  readonly rows: MatrixRow[] = [];

  add(report: NodeReport): void {
    if (report.kind !== 'result') {
      this.rows.push({ name: report.name, gap: { kind: report.kind, reason: report.reason }, cells: new Map() });
      return;
    }
    const cells = new Map<string, Cell>();
    for (const finding of report.findings) {
      if (!this.probes.includes(finding.id)) this.probes.push(finding.id);
      cells.set(finding.id, cellOf(finding));
    }
    this.rows.push({ name: report.name, cells });
  }
}

const cellOf = ({ status, observed, node }: NodeFinding): Cell =>
  status === 'pass' || status === 'n/a' ? { status } : { status, observed, ...(node ? { node } : {}) };
