import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostOs } from '../../src/script/index.ts';

export const STUB = join(dirname(fileURLToPath(import.meta.url)), 'stubs', 'stub.sh');

/** Every command a plan's script may call; PATH holds these stubs and nothing else, so any other command fails. */
export const STUBBED = ['id', 'grep', 'sed', 'mkdir', 'chmod', 'mv', 'tar', 'stat', 'chcon', 'getenforce', 'setenforce', 'rpm', 'yum', 'dpkg-query', 'apt-get', 'systemctl', 'docker', 'curl', 'aws'];
/** On CoreOS the image itself must carry these: the stubs stand in for them. */
const COREOS_TOOLS = ['conntrack', 'socat', 'brctl'];

/** One command the script ran: the step it ran in ("install docker") and its argv. */
export interface Call {
  step: string;
  argv: string[];
}

export interface ScratchHost {
  root: string;
  stubs: string;
  log: string;
}

const files: Readonly<Record<HostOs, Record<string, string>>> = {
  centos: {
    'etc/os-release': 'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\n',
    'etc/centos-release': 'CentOS Linux release 7.2.1511 (Core)\n',
    'etc/selinux/config': 'SELINUX=enforcing\nSELINUXTYPE=targeted\n',
    'usr/lib/sysctl.d/00-system.conf':
      '# Disable netfilter on bridges.\nnet.bridge.bridge-nf-call-ip6tables = 0\nnet.bridge.bridge-nf-call-iptables = 0\nnet.bridge.bridge-nf-call-arptables = 0\n',
    // CentOS 7.2's kernel builds bridge netfilter into the bridge module; the update brings one where it is apart.
    'lib/modules/3.10.0-327.el7.x86_64/kernel/net/bridge/bridge.ko': '',
    'var/lib/stub/updates-pending': '',
  },
  debian: {
    'etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nID=debian\n',
    // Linux split br_netfilter out of bridge in 3.18; Debian 8's 3.16 still has it inside bridge.
    'lib/modules/3.16.0-4-amd64/kernel/net/bridge/bridge.ko': '',
  },
  coreos: {
    'etc/os-release': 'NAME="Container Linux by CoreOS"\nID=coreos\nVERSION=1185.3.0\n',
    'etc/selinux/config': 'SELINUX=permissive\nSELINUXTYPE=mcs\n',
    'lib/modules/4.7.3-coreos-r2/kernel/net/bridge/br_netfilter.ko': '',
    // Container Linux ships Docker and starts it on overlay.
    'etc/systemd/system/multi-user.target.wants/docker.service': '',
  },
};

/** A scratch root standing in for a fresh host of the OS, booted once, with a stub directory for PATH. */
export function scratchHost(os: HostOs, extra: Record<string, string> = {}): ScratchHost {
  const dir = mkdtempSync(join(tmpdir(), `k8s-plan-${os}-`));
  const host = { root: join(dir, 'root'), stubs: join(dir, 'stubs'), log: join(dir, 'calls.log') };
  for (const [path, text] of Object.entries({ ...files[os], ...extra })) {
    mkdirSync(dirname(join(host.root, path)), { recursive: true });
    writeFileSync(join(host.root, path), text);
  }
  mkdirSync(join(host.root, 'tmp'), { recursive: true });
  mkdirSync(host.stubs);
  for (const name of [...STUBBED, ...(os === 'coreos' ? COREOS_TOOLS : [])]) symlinkSync(STUB, join(host.stubs, name));
  chmodSync(STUB, 0o755);
  // The first boot: the state the stubs report (SELinux mode, modules, running units) comes from a boot.
  run(host, [join(host.stubs, 'systemctl'), 'reboot'], {});
  writeFileSync(host.log, '');
  return host;
}

function run(host: ScratchHost, argv: string[], env: Record<string, string>) {
  return spawnSync(argv[0]!, argv.slice(1), {
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: host.stubs, K8S_ADVENTURE_ROOT: host.root, STUB_LOG: host.log, LANG: 'C', ...env },
  });
}

/** Runs `bash SCRIPT part` on the scratch host and returns its output with the commands it ran, in order. */
export function runPlan(host: ScratchHost, script: string, part: 'node' | 'workstation', env: Record<string, string> = {}) {
  writeFileSync(host.log, '');
  const result = run(host, ['/bin/bash', script, part], env);
  const calls: Call[] = readFileSync(host.log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [step, command] = line.split('\t');
      if (command === undefined) throw new Error(`a stub log line without its step: ${JSON.stringify(line)}`);
      return { step: step!, argv: command.split(' ') };
    });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

/** Calls that change a host, as opposed to those that only look. */
export function changesHost({ argv }: Call): boolean {
  const [command, ...args] = argv;
  const sub = args.join(' ');
  switch (command) {
    case 'yum':
      return /^(install|update)/.test(sub);
    case 'apt-get':
      return true;
    case 'systemctl':
      return /^(enable|reboot|daemon-reload|start|restart)/.test(sub);
    case 'sed':
      return args.includes('-i');
    case 'aws':
      return args.includes('delete-tags');
    case 'setenforce':
    case 'chcon':
    case 'mkdir':
    case 'chmod':
    case 'mv':
    case 'tar':
    case 'curl':
      return true;
    default:
      return false;
  }
}

/** Every file under the root with its mode and a hash of its content: a second run must leave this equal. */
export function snapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) {
        entries[`${relative(root, path)}/`] = 'dir';
        walk(path);
      } else {
        entries[relative(root, path)] = `${(info.mode & 0o777).toString(8)} ${createHash('sha1').update(readFileSync(path)).digest('hex')}`;
      }
    }
  };
  walk(root);
  return entries;
}
