import { describe, expect, it } from 'vitest';
import { KUBERNETES_DIR, localResources } from './manifests.ts';

const resources = localResources(KUBERNETES_DIR);
const daemonSet = resources.find(({ object }) => object.kind === 'DaemonSet')!.object;
const pod = daemonSet.spec.template.spec;
const containers: Record<string, any>[] = [...(pod.initContainers ?? []), ...pod.containers];

/** Whether a toleration lets a pod onto a node with this taint (the scheduler's rule, core/v1 Toleration). */
const tolerates = (toleration: Record<string, string>, taint: { key: string; effect: string }) =>
  (toleration.effect === undefined || toleration.effect === taint.effect) &&
  (toleration.operator === 'Exists' ? toleration.key === undefined || toleration.key === taint.key : toleration.key === taint.key);

describe('the doctor DaemonSet: read-only and unprivileged', () => {
  it('shares none of the host namespaces, runs as non-root with the runtime seccomp profile, and has no API token', () => {
    expect(pod).not.toHaveProperty('hostPID');
    expect(pod).not.toHaveProperty('hostNetwork');
    expect(pod).not.toHaveProperty('hostIPC');
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(pod.automountServiceAccountToken).toBe(false);
  });

  it.each(containers.map((container) => [container.name, container] as const))('%s: not privileged, no escalation, no capabilities, read-only root', (_name, container) => {
    expect(container.securityContext).toEqual({ privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(container.securityContext).not.toHaveProperty('runAsUser', 0);
    expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
  });

  it('mounts every hostPath read-only, recursively where it can, and only in the container that runs doctor', () => {
    const hostPaths = pod.volumes.filter((volume: Record<string, unknown>) => 'hostPath' in volume).map((volume: { name: string }) => volume.name);
    expect(hostPaths).toEqual(['host-root']);
    const mounts = containers.flatMap((container) => (container.volumeMounts ?? []).filter((mount: { name: string }) => hostPaths.includes(mount.name)).map((mount: object) => ({ container: container.name, ...mount })));
    expect(mounts).toEqual([{ container: 'doctor', name: 'host-root', mountPath: '/host', readOnly: true, recursiveReadOnly: 'IfPossible' }]);
  });

  it('needs Pod Security "privileged" only for the hostPath: every other volume is one "restricted" allows', () => {
    const namespace = resources.find(({ object }) => object.kind === 'Namespace')!.object;
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    const restrictedTypes = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];
    const others = pod.volumes.filter((volume: Record<string, unknown>) => !('hostPath' in volume));
    expect(others.flatMap((volume: Record<string, unknown>) => Object.keys(volume).filter((key) => key !== 'name' && !restrictedTypes.includes(key)))).toEqual([]);
  });

  it('reaches every node: control-plane, not-ready and unreachable ones included', () => {
    for (const taint of [
      { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' },
      { key: 'example.com/dedicated', effect: 'NoSchedule' },
    ]) {
      expect(pod.tolerations.some((toleration: Record<string, string>) => tolerates(toleration, taint)), taint.key).toBe(true);
    }
    expect(tolerates({ key: 'other', operator: 'Exists' }, { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' })).toBe(false);
  });
});
