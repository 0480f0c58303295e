/**
 * History entries the player writes. A docs engine with its own router (VitePress, Docusaurus) keeps its own keys in
 * history.state (VitePress its scroll position), so the player adds its key beside them instead of replacing them.
 */
export function withHostState<T extends object>(state: T): T {
  const host: unknown = history.state;
  return host && typeof host === 'object' && !Array.isArray(host) ? { ...(host as object), ...state } : state;
}
