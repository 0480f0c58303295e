import { covers } from './glob.ts';

/** The optional file at a capture's top that says what the capture holds. */
export const CAPTURE_MANIFEST = 'k8s-adventure-capture.json';

/**
 * What a plain capture holds. Without a manifest it holds everything under its root, so a missing file is
 * absent; with one, only the paths it lists, and only the commands it lists were run.
 */
export interface CaptureManifest {
  /** Host paths or globs the capture copied when they existed; undefined: everything. */
  collected?: string[];
  /** Command lines the capture ran ("docker info"); undefined: whatever commands/ holds. */
  commands?: string[];
}

export function parseCaptureManifest(text: string): CaptureManifest | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return `${CAPTURE_MANIFEST} is not valid JSON`;
  }
  const { collected, commands } = (data ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (collected !== undefined && !strings(collected)) return `${CAPTURE_MANIFEST}: "collected" must be a list of paths`;
  if (commands !== undefined && !strings(commands)) return `${CAPTURE_MANIFEST}: "commands" must be a list of command lines`;
  return { ...(collected ? { collected: collected as string[] } : {}), ...(commands ? { commands: commands as string[] } : {}) };
}

export const manifestCollects = (manifest: CaptureManifest, path: string): boolean =>
  manifest.collected === undefined || manifest.collected.some((rule) => covers(rule, path));
