import type { ChapterSpec } from '../../types.ts';
import { questionsProbedBy } from '../../node-builders.ts';

/**
 * The probes this book's questions name. Two exist already (os-release, selinux-mode); the others are written
 * when the engine hosts a second book. Until then the book is held to this list, so a typo still fails tsc.
 */
export type TodayProbeId =
  | 'os-release'
  | 'selinux-mode'
  | 'cgroup-fs-type'
  | 'swap'
  | 'containerd-config'
  | 'ip-forward'
  | 'br-netfilter'
  | 'firewalld'
  | 'resolv-conf';

export const question = questionsProbedBy<TodayProbeId>();

/** A chapter of this book, its probes held to the list above. */
export type TodayChapter = ChapterSpec<string, string, string, TodayProbeId>;
