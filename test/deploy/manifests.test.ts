import { readFileSync } from 'node:fs';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { describe, expect, it } from 'vitest';
import { NPD_CONFIGMAP_NAME } from '../../src/npd/configmap.ts';
import { applyAddPatch, KUBERNETES_DIR, localResources, readKustomization, readYaml } from './manifests.ts';
import { unknownFields } from './unknown-fields.ts';

const doctor = localResources(KUBERNETES_DIR);
const npdDir = `${KUBERNETES_DIR}/npd`;
const npd = localResources(npdDir);
const patch = readYaml(`${npdDir}/daemonset-patch.yaml`)[0] as { op: string; path: string; value: any }[];

/**
 * The parts of node-problem-detector's standard DaemonSet (deployment/node-problem-detector.yaml) that the patch
 * touches: one container with its command, mounts and volumes. Written here, not copied.
 */
const npdDaemonSet = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'node-problem-detector', namespace: 'kube-system' },
  spec: {
    selector: { matchLabels: { app: 'node-problem-detector' } },
    template: {
      metadata: { labels: { app: 'node-problem-detector' } },
      spec: {
        containers: [
          {
            name: 'node-problem-detector',
            image: 'registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.19',
            command: ['/node-problem-detector', '--logtostderr', '--config.system-log-monitor=/config/kernel-monitor.json'],
            volumeMounts: [{ name: 'config', mountPath: '/config', readOnly: true }],
          },
        ],
        volumes: [{ name: 'config', configMap: { name: 'node-problem-detector-config' } }],
      },
    },
  },
};
const patched = applyAddPatch(npdDaemonSet, patch) as typeof npdDaemonSet;

const MODELS: Record<string, new (data: never) => { validate(): void }> = { DaemonSet, Namespace, ConfigMap };

describe('deploy/kubernetes against the Kubernetes API schema (kubernetes-models)', () => {
  it.each([...doctor, ...npd].map(({ file, object }) => [file, object.kind, object] as const))('%s: %s', (_file, kind, object) => {
    expect(() => new MODELS[kind]!(object as never).validate()).not.toThrow();
  });

  // A DaemonSet with a misspelt field, checked in the same compiler run as the manifests.
  const misspelt = structuredClone(doctor.find(({ object }) => object.kind === 'DaemonSet')!.object);
  delete misspelt.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem;
  misspelt.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem = true;
  const objects = [...doctor, ...npd].map(({ object }) => object);
  const [misspeltFields, ...fields] = unknownFields([misspelt, ...objects, patched] as never[]);

  it('has no field the API does not know, in any manifest or in NPD DaemonSet once patched', () => {
    expect(fields).toEqual([...objects, patched].map(() => []));
  });

  it('is checked for real: a wrong type and an unknown field are both caught', () => {
    const wrongType = structuredClone(misspelt);
    wrongType.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = 'yes';
    expect(() => new DaemonSet(wrongType).validate()).toThrow(/readOnlyRootFilesystem must be boolean/);
    expect(() => new DaemonSet(misspelt).validate()).not.toThrow();
    expect(misspeltFields).toEqual([expect.stringContaining("'\"readOnlyRootFileSystem\"' does not exist in type")]);
  });
});

describe('the kustomizations', () => {
  it('set the image the DaemonSet names, at the package version', () => {
    const kustomization = readKustomization(KUBERNETES_DIR);
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(kustomization.images).toEqual([{ name: 'k8s-adventure', newName: 'localhost/k8s-adventure', newTag: version }]);
    const pod = doctor.find(({ object }) => object.kind === 'DaemonSet')!.object.spec.template.spec;
    expect([...pod.initContainers, ...pod.containers].map((container: { image: string }) => container.image)).toEqual(['k8s-adventure', 'k8s-adventure']);
    expect(kustomization.namespace).toBe(doctor.find(({ object }) => object.kind === 'Namespace')!.object.metadata.name);
  });

  it('label what kubectl logs -l selects', () => {
    const daemonSet = doctor.find(({ object }) => object.kind === 'DaemonSet')!.object;
    expect(daemonSet.spec.template.metadata.labels['app.kubernetes.io/name']).toBe('k8s-adventure');
    expect(daemonSet.spec.selector.matchLabels).toEqual(daemonSet.spec.template.metadata.labels);
  });

  it('add NPD the ConfigMap export --format npd writes, mounted read-only, every key on the flag', () => {
    expect(readKustomization(npdDir)).toMatchObject({ resources: [expect.stringMatching(/^https:\/\/github\.com\/kubernetes\/node-problem-detector\/\/deployment\?ref=v\d+\.\d+\.\d+$/), 'configmap.yaml'], patches: [{ path: 'daemonset-patch.yaml', target: { kind: 'DaemonSet', name: 'node-problem-detector' } }] });
    const configMap = npd.find(({ object }) => object.kind === 'ConfigMap')!.object;
    const pod = patched.spec.template.spec;
    const volume = pod.volumes.find((candidate) => 'configMap' in candidate && candidate.configMap.name === NPD_CONFIGMAP_NAME)!;
    const mount = pod.containers[0]!.volumeMounts.find((candidate) => candidate.name === volume.name)!;
    expect(mount).toMatchObject({ readOnly: true });
    expect(mount.mountPath.startsWith('/config/')).toBe(false);
    const flags = pod.containers[0]!.command.filter((arg) => arg.startsWith('--config.system-log-monitor='));
    // NPD's own flag stays first, untouched; ours appends (pflag StringSlice).
    expect(flags[0]).toBe('--config.system-log-monitor=/config/kernel-monitor.json');
    expect(flags[1]!.split('=')[1]!.split(',')).toEqual(Object.keys(configMap.data).map((file) => `${mount.mountPath}/${file}`));
    expect(configMap.metadata.namespace).toBe(npdDaemonSet.metadata.namespace);
  });
});
