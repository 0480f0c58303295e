import { nodes, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';

/** One node as free-text search sees it: its title, its symptoms with what they mean, and how a doom shows up. */
export interface SearchDocument {
  id: NodeId;
  title: string;
  symptoms: string;
  means: string;
}

/** A doom's "How it shows up later" section: the symptom in a user's words, where there is no log line. */
const showsUp = (markdown: string): string => /^## How it shows up later\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(markdown)?.[1]?.trim() ?? '';

export const searchDocuments = (content: ContentLibrary): SearchDocument[] =>
  [...content.values()]
    .filter((words) => nodes[words.id])
    .map((words) => ({
      id: words.id,
      title: words.title,
      symptoms: words.symptoms.flatMap((symptom) => [symptom.line, ...symptom.variants]).join('\n'),
      means: [...words.symptoms.map((symptom) => symptom.means ?? ''), showsUp(words.markdown)].join('\n'),
    }));

/**
 * Words users type for what the guide says in other words. Only terms a node's own text does not use: a Service's
 * ClusterIP is what kube-proxy's iptables rules route ("service endpoints … not routable").
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  clusterip: ['service', 'endpoints'],
  unreachable: ['routable', 'reachable'],
  unroutable: ['routable'],
  restart: ['reboot', 'boot'],
  rebooted: ['reboot'],
};
