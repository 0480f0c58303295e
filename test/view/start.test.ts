import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/kit/usage-error.ts';
import { chooseStart } from '../../src/view/start.ts';
import { currentNode, startSession, take, writeSave } from '../../src/session/index.ts';

const savePathIn = () => join(mkdtempSync(join(tmpdir(), 'k8s-start-')), 'k8s-adventure', 'progress.json');
const withSave = async () => {
  const path = savePathIn();
  await writeSave(path, take(startSession(), 'from-scratch'));
  return path;
};

describe('chooseStart', () => {
  it('offers a usable save', async () => {
    const start = await chooseStart(await withSave(), {});
    expect(start.resume && currentNode(start.resume.session).id).toBe('host-os');
    expect(start.resumeNow).toBeUndefined();
  });

  it('resumes at once with --resume, and ignores the save with --fresh or a deep link', async () => {
    const path = await withSave();
    expect((await chooseStart(path, { resume: true })).resumeNow).toBe(true);
    expect((await chooseStart(path, { fresh: true })).resume).toBeUndefined();
    const deep = await chooseStart(path, { startAt: 'aws-silent-errors' });
    expect(deep.resume).toBeUndefined();
    expect(currentNode(deep.fresh).id).toBe('aws-silent-errors');
  });

  it('explains an unusable save and starts fresh without touching it', async () => {
    const path = savePathIn();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{oops');
    expect((await chooseStart(path, {})).notice).toBe(`Saved progress at ${path} cannot be used (it is not valid JSON). It is kept; starting fresh.`);
  });

  it('refuses --resume without a usable save', async () => {
    await expect(chooseStart(savePathIn(), { resume: true })).rejects.toThrow(UsageError);
    await expect(chooseStart(savePathIn(), { resume: true })).rejects.toThrow(/no saved progress to resume/);
  });
});
