import { describe, expect, it } from 'vitest';
import { fixCommands, splitCommands } from '../../src/content/index.ts';

describe('fixCommands', () => {
  it('takes sh blocks and leaves console, text and untagged blocks alone', () => {
    const markdown = '```sh\nyum update -y\n```\n\n```console\n$ cat /etc/centos-release\n```\n\n```text\nOPTIONS=x\n```\n\n```\nls\n```\n';
    expect(fixCommands(markdown)).toEqual(['yum update -y']);
  });
});

describe('splitCommands', () => {
  it('gives one command per line, skipping blanks and comments', () => {
    expect(splitCommands('# why\nsetenforce 0\n\nsed -i x /etc/selinux/config\n')).toEqual(['setenforce 0', 'sed -i x /etc/selinux/config']);
  });

  it('keeps a here-document with the command that opens it', () => {
    const script = "cat > /tmp/f <<'EOF'\na = 1\nEOF\nsysctl --system";
    expect(splitCommands(script)).toEqual(["cat > /tmp/f <<'EOF'\na = 1\nEOF", 'sysctl --system']);
  });

  it('keeps continued lines together', () => {
    expect(splitCommands('aws ec2 describe-images \\\n  --owners self\nls')).toEqual(['aws ec2 describe-images \\\n  --owners self', 'ls']);
  });
});

describe('fixCommands for one host OS', () => {
  const markdown = ['```sh', 'echo all', '```', '', '```sh os=centos', 'yum install -y x', '```', '', '```sh os=debian,coreos', 'apt-get install -y x', '```'].join('\n');

  it('keeps the blocks for that OS and those for every OS', () => {
    expect(fixCommands(markdown, 'centos')).toEqual(['echo all', 'yum install -y x']);
    expect(fixCommands(markdown, 'coreos')).toEqual(['echo all', 'apt-get install -y x']);
  });

  it('keeps every block when the OS is not known', () => {
    expect(fixCommands(markdown)).toEqual(['echo all', 'yum install -y x', 'apt-get install -y x']);
  });
});
