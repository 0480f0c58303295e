import { describe, expect, it } from 'vitest';
import { NODE_IDS, type NodeId } from '../../machines/index.ts';
import { contentFiles, contentPath, fixCommands, readContent } from '../../src/content/index.ts';
import { nodesOfKind } from '../helpers/graph.ts';

const content = readContent();
const markdown = (id: NodeId) => content.get(id)!.markdown;

describe('content/', () => {
  it('has a file for every node', () => {
    const files = new Set(contentFiles());
    expect(NODE_IDS.filter((id) => !files.has(contentPath(id)))).toEqual([]);
  });

  it('has a node for every file', () => {
    const expected = new Set(NODE_IDS.map(contentPath));
    // content/today/ is the second book's, held to its own graph by test/machines/books/today.test.ts.
    expect(contentFiles().filter((file) => !file.startsWith('today/') && !expected.has(file))).toEqual([]);
  });

  it('gives every doom what happens, how it shows up later, and the way back', () => {
    for (const { id } of nodesOfKind('doom')) {
      for (const heading of ['## What happens', '## How it shows up later', '## The way back']) {
        expect(markdown(id), `${id}: ${heading}`).toContain(heading);
      }
    }
  });

  it('gives every fix commands to run and a way to check them', () => {
    for (const { id } of nodesOfKind('fix')) {
      expect(fixCommands(markdown(id)).length, id).toBeGreaterThan(0);
      expect(markdown(id), id).toMatch(/## Check it worked\n[\s\S]*```console\n\$ /);
    }
  });

  it('shows how to check by hand at every question a probe could answer', () => {
    for (const node of nodesOfKind('question')) {
      if (node.kind === 'question' && node.probe) expect(markdown(node.id), node.id).toMatch(/## Check by hand\n[\s\S]*```console\n\$ /);
    }
  });

  it('quotes every symptom verbatim in the node that explains it, and matches it with its own pattern', () => {
    for (const [id, words] of content) {
      for (const symptom of words.symptoms) {
        expect(markdown(id), id).toContain(symptom.line);
        if (symptom.pattern) expect(symptom.line, `${id}: ${symptom.pattern}`).toMatch(new RegExp(symptom.pattern, 'i'));
        expect(symptom.means, `${id}: ${symptom.line}`).toBeDefined();
      }
    }
  });

  it('cites sources as links', () => {
    for (const [id, words] of content) for (const source of words.sources) expect(source, id).toMatch(/^https?:\/\/\S+$/);
  });
});

describe('facts quoted from the walkthrough', () => {
  // Users grep for these: each must stay exact, in the node that owns it.
  const facts: [node: NodeId, text: string][] = [
    ['latest-centos-ami', 'aws --region us-west-2 ec2 describe-images --owners aws-marketplace --filters Name=product-code,Values=aw0evgkw8e5c1q413zgy5pjce'],
    ['latest-centos-ami', 'yum update'],
    ['devicemapper-loopback-doom', ' Data file: /dev/loop0'],
    ['devicemapper-loopback-doom', 'WARNING: Usage of loopback devices is strongly discouraged for production use.'],
    ['devicemapper-loopback-doom', '● docker-storage-setup.service loaded failed failed Docker Storage Setup'],
    ['overlay-backing-filesystem', 'Only XFS is currently supported for use as a lower layer file system.'],
    ['overlay-docker-selinux', '/etc/sysconfig/docker must not contain --selinux-enabled'],
    ['enable-overlay', 'echo "overlay" > /etc/modules-load.d/overlay.conf'],
    ['enable-overlay', '--storage-driver=overlay'],
    ['enable-overlay', '/etc/default/docker'],
    ['bridge-netfilter', 'WARNING: bridge-nf-call-iptables is disabled'],
    ['bridge-netfilter', 'WARNING: bridge-nf-call-ip6tables is disabled'],
    ['echo-to-proc-doom', 'echo 1 > /proc/sys/net/bridge/bridge-nf-call-iptables'],
    ['sysctl-conf-doom', 'error: "net.bridge.bridge-nf-call-ip6tables" is an unknown key'],
    ['persist-bridge-netfilter', '/usr/lib/sysctl.d/90-system.conf'],
    ['persist-bridge-netfilter', 'net.bridge.bridge-nf-call-iptables = 1'],
    ['persist-bridge-netfilter', 'net.bridge.bridge-nf-call-iptables = 0'],
    ['kube-proxy-br-netfilter-warning', 'missing br-netfilter module or unset br-nf-call-iptables; proxy may not work as intended'],
    ['relabel-kubelet-dir', 'sudo chcon -Rt svirt_sandbox_file_t /var/lib/kubelet'],
    ['install-node-dependencies', 'conntrack-tools socat bridge-utils'],
    ['multiple-tagged-security-groups-doom', 'Error opening ingress rules for the load balancer to the instances: Multiple tagged security groups found for instance i-04bd9c4c8aa; ensure only the k8s security group is tagged'],
  ];
  it.each(facts)('%s quotes %j', (node, text) => {
    expect(markdown(node)).toContain(text);
  });

  it('cites every issue and link the walkthrough gives', () => {
    const cited = new Set([...content.values()].flatMap((words) => words.sources));
    const walkthroughLinks = [
      'https://wiki.centos.org/Cloud/AWS',
      'https://docs.docker.com/engine/userguide/storagedriver/selectadriver/',
      'http://jpetazzo.github.io/assets/2015-03-03-not-so-deep-dive-into-docker-storage-drivers.html#28',
      'https://github.com/docker/docker/issues/24809',
      'https://github.com/kubernetes/kubernetes/issues/33790',
      'https://github.com/ansible/ansible/issues/6272',
      'https://bugzilla.redhat.com/show_bug.cgi?id=1054178#c1',
      'https://github.com/kubernetes/kubernetes/issues/23385',
      'http://stackoverflow.com/questions/35338213/kubernetes-serviceaccounts-and-selinux/35347520#35347520',
      'https://github.com/kubernetes/kubernetes/tree/master/cluster/addons',
      'http://kubernetes.io/docs/admin/network-plugins/#cni',
      'https://github.com/kubernetes/kubernetes/issues/30681',
      'https://github.com/containernetworking/cni/releases',
      'https://github.com/kubernetes/kubernetes.github.io/pull/1516',
      'https://github.com/kubernetes/kubernetes/issues/26093',
      'https://github.com/kubernetes/kubernetes/blob/master/docs/design/aws_under_the_hood.md#tagging',
      'https://github.com/cncf/demo/issues/144',
      'https://github.com/kubernetes/kubernetes/blob/master/pkg/cloudprovider/providers/aws/aws.go#L2783',
    ];
    expect(walkthroughLinks.filter((link) => !cited.has(link))).toEqual([]);
  });
});
