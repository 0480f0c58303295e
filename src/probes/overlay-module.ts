import { evidence, finding, linesMatching } from './finding.ts';
import type { Probe } from './types.ts';

export const overlayModule: Probe = {
  id: 'overlay-module',
  title: 'overlay module',
  chapter: 'storage-driver',
  questions: [],
  reads: 'reads /proc/filesystems, /proc/modules, /etc/modules-load.d',
  async run({ host }) {
    const expected = 'overlay loaded, and listed in /etc/modules-load.d';
    const filesystems = await host.readFile('/proc/filesystems');
    const modules = await host.readFile('/proc/modules');
    if (filesystems === undefined && modules === undefined) return finding('unknown', 'no /proc/filesystems or /proc/modules', expected);
    const loaded = /\boverlay\b/.test(filesystems ?? '') || /^overlay\s/m.test(modules ?? '');
    const persisted: string[] = [];
    for (const dir of ['/etc/modules-load.d', '/run/modules-load.d', '/usr/lib/modules-load.d']) {
      for (const file of (await host.listDir(dir)) ?? []) {
        if (!file.endsWith('.conf')) continue;
        if (/^\s*overlay\s*$/m.test((await host.readFile(`${dir}/${file}`)) ?? '')) persisted.push(`${dir}/${file}`);
      }
    }
    const proof = [
      ...(loaded ? [evidence(filesystems !== undefined ? '/proc/filesystems' : '/proc/modules', linesMatching(`${filesystems ?? ''}\n${modules ?? ''}`, /overlay/, 2))] : []),
      ...persisted.map((file) => evidence(file, 'overlay')),
    ];
    if (loaded && persisted.length) return finding('pass', `loaded, and persisted in ${persisted[0]}`, expected, { evidence: proof });
    if (loaded) return finding('warn', 'loaded now, but not listed in /etc/modules-load.d: it may not load at boot', expected, { evidence: proof, node: 'enable-overlay' });
    if (persisted.length) return finding('warn', `listed in ${persisted[0]} but not loaded: a reboot is pending`, expected, { evidence: proof, node: 'reboot-and-verify' });
    return finding('warn', 'not loaded and not persisted', expected, { node: 'enable-overlay' });
  },
};
