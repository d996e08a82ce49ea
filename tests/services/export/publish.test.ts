import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodePublishFs, publishFile, publishFolder, recoverLeftovers, type PublishFs } from '../../../src/services/export';
import { tempDirs } from '../../support/temp-dirs';

const tempDir = tempDirs();

function outDir(): Promise<string> {
  return tempDir('podium-publish-');
}

async function previous(out: string): Promise<string> {
  const target = join(out, 'talk');
  await mkdir(target);
  await writeFile(join(target, 'index.html'), 'previous export');
  return target;
}

describe('publishFolder()', () => {
  it('creates the target from the temporary folder and leaves nothing else behind', async () => {
    const out = await outDir();
    await publishFolder(join(out, 'talk'), (temp) => writeFile(join(temp, 'index.html'), 'new'));
    expect(await readFile(join(out, 'talk', 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(out)).toEqual(['talk']);
  });

  it('builds beside the target: the temporary folder is a hidden sibling', async () => {
    const out = await outDir();
    let seen = '';
    await publishFolder(join(out, 'talk'), async (temp) => { seen = temp; });
    expect(seen.startsWith(join(out, '.podium-tmp-talk-'))).toBe(true);
  });

  it('replaces a previous export in one step', async () => {
    const out = await outDir();
    const target = await previous(out);
    await publishFolder(target, (temp) => writeFile(join(temp, 'index.html'), 'new'));
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(out)).toEqual(['talk']);
  });

  it('keeps the previous export when building fails, and removes the half-built folder', async () => {
    const out = await outDir();
    const target = await previous(out);
    await expect(publishFolder(target, async (temp) => {
      await writeFile(join(temp, 'index.html'), 'half');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('previous export');
    expect(await readdir(out)).toEqual(['talk']);
  });

  it('puts the previous export back when the final rename fails', async () => {
    const out = await outDir();
    const target = await previous(out);
    let renames = 0;
    const failing: PublishFs = {
      ...nodePublishFs,
      rename: async (from, to) => {
        renames++;
        if (renames === 2) throw new Error('EBUSY: rename refused');
        return nodePublishFs.rename(from, to);
      },
    };
    await expect(publishFolder(target, (temp) => writeFile(join(temp, 'index.html'), 'new'), failing)).rejects.toThrow('EBUSY');
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('previous export');
    expect(await readdir(out)).toEqual(['talk']);
  });
});

describe('publishFile()', () => {
  it('writes a temporary file beside the target and renames it over the old one', async () => {
    const out = await outDir();
    await writeFile(join(out, 'talk.html'), 'old');
    await publishFile(join(out, 'talk.html'), (temp) => writeFile(temp, 'new'));
    expect(await readFile(join(out, 'talk.html'), 'utf8')).toBe('new');
    expect(await readdir(out)).toEqual(['talk.html']);
  });

  it('keeps the old file when writing fails', async () => {
    const out = await outDir();
    await writeFile(join(out, 'talk.html'), 'old');
    await expect(publishFile(join(out, 'talk.html'), async (temp) => {
      await writeFile(temp, 'partial');
      throw new Error('interrupted');
    })).rejects.toThrow('interrupted');
    expect(await readFile(join(out, 'talk.html'), 'utf8')).toBe('old');
    expect(await readdir(out)).toEqual(['talk.html']);
  });
});

describe('recoverLeftovers()', () => {
  // 2^22 is above Linux's pid_max default: no such process is running.
  const DEAD = 4194305;

  it('puts back a previous export moved aside by a run that died before the new one moved in', async () => {
    const out = await outDir();
    await mkdir(join(out, `.podium-old-talk-${DEAD}-0123abcd`));
    await writeFile(join(out, `.podium-old-talk-${DEAD}-0123abcd`, 'index.html'), 'previous export');
    await mkdir(join(out, `.podium-tmp-talk-${DEAD}-89abcdef`));
    await recoverLeftovers(join(out, 'talk'));
    expect(await readFile(join(out, 'talk', 'index.html'), 'utf8')).toBe('previous export');
    expect(await readdir(out)).toEqual(['talk']);
  });

  it('leaves the temporary folders of a run still in progress alone', async () => {
    const out = await outDir();
    await mkdir(join(out, `.podium-tmp-talk-${process.pid}-0123abcd`));
    await recoverLeftovers(join(out, 'talk'));
    expect(await readdir(out)).toEqual([`.podium-tmp-talk-${process.pid}-0123abcd`]);
  });
});
