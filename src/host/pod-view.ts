import { posix } from 'node:path';
import { notCollected } from './outcome.ts';
import type { SpecName } from './specs.ts';
import type { Host } from './types.ts';

/**
 * What a pod cannot see of its node through a read-only mount of the node's `/` at --host-dir, though the files are
 * there: views the kernel gives per namespace or per process, so the pod would read its own instead of the node's.
 * Each rule says why, for the `unknown` it leads to.
 */
const RULES: { test: RegExp; why: string }[] = [
  {
    // /proc/sys/net is answered for the reader's network namespace, whichever procfs mount it is read through.
    test: /^\/+proc\/+sys\/+net(\/|$)/,
    why: "a pod without hostNetwork reads its own network namespace's /proc/sys/net, not the node's",
  },
  {
    // /proc/mounts is a link to self/mounts: the reader's own mount table, the container's.
    test: /^\/+proc\/+(mounts|(self|thread-self|\d+)\/+(mounts|mountinfo|mountstats))\/*$/,
    why: "the mount table is per process: from a pod, /proc/mounts is the pod's, and the node's is only seen from a process on the node",
  },
  {
    // Any process directory: without hostPID the pod cannot tell whether /host/proc is the node's procfs or its own.
    test: /^\/+proc\/+(self|thread-self|\d+)(\/|$)/,
    why: "the node's processes are in its PID namespace, which a pod without hostPID does not share",
  },
];

/** Named data whose live source is a process of the node: the kubelet's command line. */
const SPEC_RULES: Partial<Record<SpecName, string>> = {
  'kubelet-cmdline': "the running kubelet is in the node's PID namespace, which a pod without hostPID does not share; its unit files are read instead",
};

// Normalised first, so that /proc/./sys/net or /proc/x/../sys/net is caught as what it names.
const ruleFor = (path: string) => RULES.find((rule) => rule.test.test(posix.normalize(path)));

/**
 * A host as a pod sees it (`doctor --host-dir /host --in-pod`): the node's root mounted read-only, read as any
 * captured root is, except the views above, which come back not collected, so their probes say `unknown` and why
 * rather than judge the container's own network, mounts or processes as the node's.
 */
export function podView(host: Host): Host {
  const refuse = (path: string) => {
    const rule = ruleFor(path);
    return rule ? notCollected(path, `in a pod: ${rule.why}`) : undefined;
  };
  return {
    description: `${host.description}, from a pod`,
    kind: host.kind,
    readFile: async (path, options) => refuse(path) ?? host.readFile(path, options),
    listDir: async (path, options) => refuse(path) ?? host.listDir(path, options),
    stat: async (path, options) => refuse(path) ?? host.stat(path, options),
    read: async (spec, options) => (SPEC_RULES[spec] ? notCollected(spec, `in a pod: ${SPEC_RULES[spec]}`) : host.read(spec, options)),
    run: (name, args, options) => host.run(name, args, options),
  };
}
