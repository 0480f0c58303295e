import { describe, expect, it } from 'vitest';
import { spawnBin } from '../helpers/spawn-bin.ts';

// The README's quick start and file-format section point at these files.
describe('examples/', () => {
  it('centos-on-aws.json walks a whole build to the ready ending', () => {
    const result = spawnBin(['run', '--answers', 'examples/centos-on-aws.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ready    ready: Ready: the plan for your node');
  });

  it('devicemapper-loopback.json ends at its doom', () => {
    const result = spawnBin(['run', '--answers', 'examples/devicemapper-loopback.json', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).ending.id).toBe('devicemapper-loopback-doom');
  });
});
