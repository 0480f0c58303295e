/** Exit codes, the same for every command; the README's table documents them. */
export const EXIT = {
  /** Reached the ready ending, or the command did its job. */
  ok: 0,
  /** The walk ended in a doom (run), or a probe found a problem (doctor). */
  doom: 1,
  /** Bad input: a flag, an id, an answers file, a save. */
  badInput: 2,
  /** A bug in k8s-adventure itself; set K8S_ADVENTURE_DEBUG=1 for the stack. */
  internal: 70,
  /** Ctrl+C. */
  interrupted: 130,
} as const;
