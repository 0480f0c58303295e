import { isNodeId, nodes, START, type NodeId } from '../../machines/index.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { didYouMean } from './suggest.ts';
import { UsageError } from './usage-error.ts';

/** Checks a --start-at id: an unknown one is one line with the nearest real id. */
export function startAt(id: string | undefined): NodeId {
  if (id === undefined) return START;
  if (!isNodeId(id)) {
    throw new UsageError(
      `unknown node '${sanitizeLine(id, 60)}' for --start-at${didYouMean(id, Object.keys(nodes))}; 'k8s-adventure nodes' lists every node id`,
    );
  }
  return id;
}
