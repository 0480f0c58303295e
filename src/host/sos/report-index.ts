import type { CaptureFiles } from '../captured-host.ts';
import { parseVersion } from './version.ts';

/** What a sos report says about itself: its version, the plugins that ran, and each command's exit status. */
export interface SosIndex {
  /** As the report states it; version.txt of sos 3.3 and 3.4 still says 3.2. */
  version?: number[];
  versionText: string;
  /** Where the facts came from, for evidence: "sos_reports/manifest.json", "version.txt". */
  from: string;
  /** Plugins that ran; undefined when the report does not say. */
  plugins?: Set<string>;
  /** Archive path of each command's output → its exit status (sos 4.x only). */
  exitCodes: Map<string, number | null>;
  /** Commands sos ran whose binary was not found (126/127), by command line (sos 4.x only). */
  notFound: Set<string>;
  /** Commands executed per plugin, from sos_reports/sos.txt (sos 3.x). */
  executed?: Set<string>;
}

type ManifestCommand = { exec?: unknown; filepath?: unknown; return_code?: unknown };
type Manifest = { version?: unknown; components?: { report?: { plugins?: Record<string, { commands?: ManifestCommand[] }> } } };

async function readInside(files: CaptureFiles, path: string): Promise<string | undefined> {
  const read = await files.text(path);
  return read?.kind === 'present' ? read.value : undefined;
}

function fromManifest(text: string): SosIndex | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    return undefined;
  }
  const plugins = manifest.components?.report?.plugins;
  if (typeof manifest.version !== 'string' || !plugins || typeof plugins !== 'object') return undefined;
  const index: SosIndex = { version: parseVersion(manifest.version), versionText: manifest.version, from: 'sos_reports/manifest.json', plugins: new Set(Object.keys(plugins)), exitCodes: new Map(), notFound: new Set() };
  for (const plugin of Object.values(plugins)) {
    for (const command of Array.isArray(plugin?.commands) ? plugin.commands : []) {
      const code = typeof command.return_code === 'number' ? command.return_code : null;
      if (typeof command.filepath === 'string') index.exitCodes.set(command.filepath, code);
      else if (typeof command.exec === 'string' && (code === 126 || code === 127)) index.notFound.add(command.exec);
    }
  }
  return index;
}

/** sos 3.x: `version.txt` lists "sosreport: 3.2" and one "plugin: version" line per plugin that ran. */
function fromVersionTxt(text: string): SosIndex | undefined {
  const lines = text.split('\n').map((line) => /^([\w-]+):\s*(.*)$/.exec(line.trim())).filter((match) => match !== null);
  const head = lines.find((match) => match[1] === 'sosreport');
  if (!head) return undefined;
  return {
    version: parseVersion(head[2]),
    versionText: head[2]!,
    from: 'version.txt',
    plugins: new Set(lines.filter((match) => match !== head).map((match) => match[1]!)),
    exitCodes: new Map(),
    notFound: new Set(),
  };
}

/** sos 3.x `sos_reports/sos.txt`: a section per plugin that ran ("name" over a line of "="), with its commands. */
function fromSosTxt(text: string, index: SosIndex): void {
  const lines = text.split('\n');
  const plugins = new Set<string>();
  const executed = new Set<string>();
  let section: string | undefined;
  let inCommands = false;
  lines.forEach((line, at) => {
    if (/^={20,}$/.test(lines[at + 1] ?? '') && /^[\w-]+$/.test(line)) {
      section = line;
      plugins.add(line);
      inCommands = false;
    } else if (/^-\s+commands executed:/.test(line)) inCommands = true;
    else if (/^-\s+/.test(line)) inCommands = false;
    else if (inCommands && section && /^\s+\*\s+/.test(line)) executed.add(line.replace(/^\s+\*\s+/, '').trim().replace(/\s+/g, ' '));
  });
  if (plugins.size) {
    index.plugins = index.plugins ? new Set([...index.plugins, ...plugins]) : plugins;
    index.executed = executed;
    index.from = `${index.from}, sos_reports/sos.txt`;
  }
}

/**
 * The report's version and where it says so, for reasons and reports. version.txt of sos 3.3 and 3.4 still says
 * 3.2 (the string was bumped only in 3.5): say so where it matters.
 */
export const sosVersionSaid = (index: SosIndex): string =>
  index.versionText === '3.2' && index.from.startsWith('version.txt') ? 'sos 3.2 by its version.txt (3.3 and 3.4 write 3.2 too)' : `sos ${index.versionText} by its ${index.from}`;

/** Reads what the report says about itself; nothing found leaves the version and plugins unknown. */
export async function readSosIndex(files: CaptureFiles): Promise<SosIndex> {
  const manifest = await readInside(files, '/sos_reports/manifest.json');
  const fromJson = manifest === undefined ? undefined : fromManifest(manifest);
  if (fromJson) return fromJson;
  const versionTxt = await readInside(files, '/version.txt');
  const index = (versionTxt !== undefined && fromVersionTxt(versionTxt)) || { versionText: 'unknown', from: 'the report layout', exitCodes: new Map(), notFound: new Set<string>() };
  const sosTxt = await readInside(files, '/sos_reports/sos.txt');
  if (sosTxt !== undefined) fromSosTxt(sosTxt, index);
  return index;
}
