import { doom, fix, info, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

export const awsChapter = {
  id: 'aws',
  title: 'AWS',
  entry: 'cloud-provider',
  nodes: {
    'cloud-provider': question(
      [
        { id: 'aws', label: 'AWS, with the Kubernetes AWS cloud provider', target: 'cluster-tag' },
        { id: 'not-aws', label: 'Bare metal, a laptop or another cloud', target: 'epilogue' },
      ],
      { probe: 'aws-instance' },
    ),
    'cluster-tag': question(
      [
        { id: 'tag-some', label: 'Tag what the controller creates; leave the rest', target: 'untagged-resources-doom' },
        { id: 'tag-everything', label: 'Tag every resource KubernetesCluster=<cluster-id>', target: 'aws-silent-errors' },
      ],
      { probe: 'aws-cluster-tag' },
    ),
    'untagged-resources-doom': doom(),
    'aws-silent-errors': info('security-group-tags'),
    // The controller checks per instance: every group may carry the tag as long as no instance is in two of them.
    'security-group-tags': question(
      [
        { id: 'tag-every-group', label: 'Every group, and some instance is in two tagged groups', target: 'multiple-tagged-security-groups-doom' },
        { id: 'tag-every-group-one-each', label: 'Every group, but no instance is in more than one of them', target: 'epilogue' },
        { id: 'one-tagged-group', label: 'One per instance: the tag taken off the masters\' group', target: 'untag-extra-security-groups' },
        { id: 'no-tagged-group', label: 'None: the instances have several untagged groups', target: 'untagged-security-groups-doom' },
      ],
      { probe: 'aws-security-groups' },
    ),
    'multiple-tagged-security-groups-doom': doom(),
    'untagged-security-groups-doom': doom(),
    'untag-extra-security-groups': fix('epilogue'),
  },
} as const satisfies ChapterDraft;
