import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicFs, removeStaleTempFiles, writeFileAtomic, type AtomicFs } from '../../../src/services/workspace/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An fs whose temp-file writes stop halfway and fail, as a full disk or a crash would. */
function failingFs(stage: 'write' | 'rename'): AtomicFs {
  return {
    ...nodeAtomicFs,
    async open(path, flags, mode) {
      const handle = await fsp.open(path, flags, mode);
      if (stage !== 'write' || flags === 'r') return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, data.length / 2));
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    async rename() {
      if (stage === 'rename') throw new Error('EIO: simulated crash before rename');
      throw new Error('unreachable');
    },
  };
}

describe('writeFileAtomic()', () => {
  it('creates a file and replaces it, leaving no temp file behind', async () => {
    const target = join(dir, 'deck.md');
    await writeFileAtomic(target, '# one\n');
    await writeFileAtomic(target, '# two\n');
    expect(await readFile(target, 'utf8')).toBe('# two\n');
    expect(await readdir(dir)).toEqual(['deck.md']);
  });

  it('keeps the old content when the write fails halfway (disk full)', async () => {
    const target = join(dir, 'deck.md');
    await writeFile(target, 'original text');
    await expect(writeFileAtomic(target, 'x'.repeat(10_000), failingFs('write'))).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('original text');
    expect(await readdir(dir)).toEqual(['deck.md']);
  });

  it('keeps the old content when the process fails before the rename', async () => {
    const target = join(dir, 'deck.md');
    await writeFile(target, 'original text');
    await expect(writeFileAtomic(target, 'new text', failingFs('rename'))).rejects.toThrow(/EIO/);
    expect(await readFile(target, 'utf8')).toBe('original text');
    expect(await readdir(dir)).toEqual(['deck.md']);
  });

  it('leaves a whole old or a whole new file when the writing process is killed (SIGKILL)', async () => {
    const target = join(dir, 'deck.md');
    const size = 8 * 1024 * 1024;
    await writeFile(target, 'A'.repeat(size));
    const module = new URL('../../../src/services/workspace/atomic-write.ts', import.meta.url).pathname;
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(module)};
      let n = 0;
      for (;;) { await writeFileAtomic(${JSON.stringify(target)}, (n++ % 2 ? 'A' : 'B').repeat(${size})); if (n === 2) console.log('writing'); }
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const text = await readFile(target, 'utf8');
    expect(text.length).toBe(size);
    expect(new Set(text).size).toBe(1);
    // The killed writer may leave its temp file; cleaning up removes only that.
    await removeStaleTempFiles(dir, 0);
    expect(await readdir(dir)).toEqual(['deck.md']);
  });
});
