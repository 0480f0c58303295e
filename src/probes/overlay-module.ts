import type { NotPresent } from '../host/index.ts';
import { cannotTell, evidence, finding, gapsOf, linesMatching } from './finding.ts';
import type { Evidence, Probe } from './types.ts';

const MODULES_LOAD_DIRS = ['/etc/modules-load.d', '/run/modules-load.d', '/usr/lib/modules-load.d'];

export const overlayModule: Probe = {
  id: 'overlay-module',
  title: 'overlay module',
  chapter: 'storage-driver',
  reads: 'reads /proc/filesystems, the loaded modules, /etc/modules-load.d',
  expected: 'overlay loaded, and listed in /etc/modules-load.d',
  async run({ host }) {
    const filesystems = await host.readFile('/proc/filesystems');
    const modules = await host.read('kernel-modules');
    const fsText = filesystems.kind === 'present' ? filesystems.value : '';
    const modText = modules.kind === 'present' ? modules.value.output : '';
    const loaded = /\boverlay\b/.test(fsText) || /^overlay\s/m.test(modText);
    const loadKnown = filesystems.kind === 'present' || modules.kind === 'present';
    const persisted: string[] = [];
    const bootGaps: NotPresent[] = [];
    for (const dir of MODULES_LOAD_DIRS) {
      const listing = await host.listDir(dir);
      bootGaps.push(...gapsOf(listing));
      if (listing.kind !== 'present') continue;
      for (const file of listing.value.filter((name) => name.endsWith('.conf'))) {
        const read = await host.readFile(`${dir}/${file}`);
        bootGaps.push(...gapsOf(read));
        if (read.kind === 'present' && /^\s*overlay\s*$/m.test(read.value)) persisted.push(`${dir}/${file}`);
      }
    }
    const proof: Evidence[] = [
      ...(loaded ? [evidence(/\boverlay\b/.test(fsText) ? filesystems.source : modules.source, linesMatching(`${fsText}\n${modText}`, /overlay/, 2))] : []),
      ...persisted.map((file) => evidence(file, 'overlay')),
    ];
    if (loaded && persisted.length) return finding('pass', `loaded, and persisted in ${persisted[0]}`, { evidence: proof });
    if (!loaded && !loadKnown) return cannotTell(persisted.length ? `listed in ${persisted[0]}, but whether it is loaded cannot be read` : 'cannot tell whether overlay is loaded', gapsOf(filesystems, modules), proof);
    if (bootGaps.length) return cannotTell(`${loaded ? 'loaded now' : 'not loaded'}; whether it loads at boot is unknown`, bootGaps, proof);
    if (loaded) return finding('warn', 'loaded now, but not listed in /etc/modules-load.d: it may not load at boot', { evidence: proof, node: 'enable-overlay' });
    if (persisted.length) return finding('warn', `listed in ${persisted[0]} but not loaded: a reboot is pending`, { evidence: proof, node: 'reboot-and-verify' });
    return finding('warn', 'not loaded and not persisted', { node: 'enable-overlay' });
  },
};
