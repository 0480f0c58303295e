// Made at bundle time from content/ by the web build (scripts/web-bundle.ts): the same files, parsed.
declare module 'virtual:k8s-adventure/content' {
  import type { NodeContent } from '../content/node-content.ts';

  export const entries: [string, NodeContent][];
}
