// `podium export` as a user runs it: exit codes, messages, --json, and what survives a failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { exportDecks } from '../../src/services/export';

const BASIC = join(__dirname, '../fixtures/export/basic');

let work: string;
let out: string[];
let err: string[];

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'podium-cli-export-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => { out.push(args.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation((...args) => { err.push(args.join(' ')); });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(work, { recursive: true, force: true });
});

async function copyDecks(): Promise<string> {
  const decks = join(work, 'decks');
  await cp(BASIC, decks, { recursive: true });
  return decks;
}

describe('podium export', () => {
  it('exports a folder of decks with an index page and prints a summary (exit 0)', async () => {
    const code = await main(['export', BASIC, '--out', join(work, 'usb')]);
    expect(code).toBe(0);
    expect((await readdir(join(work, 'usb'))).sort()).toEqual(['index.html', 'second', 'talk']);
    expect(out[0]).toMatch(/^Exported 2 of 2 decks: 9 slides, \d+ files, [\d.]+ (KB|MB); 0 warnings, 0 errors\.$/);
    expect(out.join('\n')).toContain(join(work, 'usb', 'index.html'));
  });

  it('prints a machine-readable summary with --json', async () => {
    const code = await main(['export', join(BASIC, 'talk.md'), '--out', join(work, 'usb'), '--single-file', '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(out.join('\n'));
    expect(summary.totals).toMatchObject({ decks: 1, exported: 1, slides: 7, files: 1, warnings: 1, errors: 0 });
    expect(summary.decks[0].issues[0]).toMatchObject({ code: 'media-left-out', file: join(BASIC, 'talk.md') });
    expect(summary.exitCode).toBe(0);
  });

  it('names the video a single file leaves out, with file and line', async () => {
    await main(['export', join(BASIC, 'talk.md'), '--out', join(work, 'usb'), '--single-file']);
    expect(err.join('\n')).toMatch(/talk\.md:\d+:\d+ warning media-left-out .*media\/clip\.webm/);
  });

  it('draws a progress line on a terminal for several decks', async () => {
    const writes: string[] = [];
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { writes.push(String(chunk)); return true; });
    try {
      await main(['export', BASIC, '--out', join(work, 'usb')]);
    } finally {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    expect(writes.join('')).toContain('[1/2] exporting second.md');
    expect(writes.join('')).toContain('[2/2] exported talk.md');
  });

  it('is a usage error (exit 2) without --out, without decks, or with an unknown theme', async () => {
    expect(await main(['export', BASIC])).toBe(2);
    expect(await main(['export', '--out', work])).toBe(2);
    expect(await main(['export', BASIC, '--out', work, '--theme', 'neon'])).toBe(2);
    expect(err.join('\n')).toContain('unknown theme "neon"');
  });

  it('is a read error (exit 2) for a deck that does not exist', async () => {
    expect(await main(['export', join(work, 'nope.md'), '--out', join(work, 'usb')])).toBe(2);
    expect(err.join('\n')).toContain('no such file or folder');
  });

  it('refuses an output folder inside the deck folder (exit 2) and writes nothing', async () => {
    const decks = await copyDecks();
    expect(await main(['export', decks, '--out', join(decks, 'export')])).toBe(2);
    expect(err.join('\n')).toContain('is inside the deck folder');
    await expect(stat(join(decks, 'export'))).rejects.toThrow();
  });

  it('fails (exit 1) when the output cannot be written, saying where', async () => {
    await writeFile(join(work, 'a-file'), 'not a folder');
    expect(await main(['export', join(BASIC, 'talk.md'), '--out', join(work, 'a-file', 'usb')])).toBe(1);
    expect(err.join('\n')).toMatch(/could not write .*a-file.*talk/);
  });

  it('never replaces a folder or file at the target that is not an earlier Podium export (exit 1)', async () => {
    const usb = join(work, 'usb');
    await mkdir(join(usb, 'talk'), { recursive: true });
    await writeFile(join(usb, 'talk', 'notes.txt'), 'my own notes');
    expect(await main(['export', join(BASIC, 'talk.md'), '--out', usb])).toBe(1);
    expect(err.join('\n')).toContain('is not a Podium export');
    expect(await readFile(join(usb, 'talk', 'notes.txt'), 'utf8')).toBe('my own notes');
    await writeFile(join(usb, 'index.html'), '<p>my index</p>');
    expect(await main(['export', BASIC, '--out', join(work, 'usb2')])).toBe(0);
    await writeFile(join(work, 'usb2', 'index.html'), '<p>my index</p>');
    expect(await main(['export', BASIC, '--out', join(work, 'usb2')])).toBe(1);
    expect(await readFile(join(work, 'usb2', 'index.html'), 'utf8')).toBe('<p>my index</p>');
    await writeFile(join(usb, 'talk.html'), '<p>my page</p>');
    expect(await main(['export', join(BASIC, 'talk.md'), '--out', usb, '--single-file'])).toBe(1);
    expect(await readFile(join(usb, 'talk.html'), 'utf8')).toBe('<p>my page</p>');
  });

  it('with --strict, fails (exit 1) on a missing image and keeps the previous export', async () => {
    const decks = await copyDecks();
    const usb = join(work, 'usb');
    expect(await main(['export', join(decks, 'talk.md'), '--out', usb])).toBe(0);
    const before = await readFile(join(usb, 'talk', 'index.html'), 'utf8');
    await rm(join(decks, 'images', 'diagram.png'));
    expect(await main(['export', join(decks, 'talk.md'), '--out', usb, '--strict'])).toBe(1);
    expect(err.join('\n')).toMatch(/talk\.md:\d+:\d+ warning missing-asset/);
    expect(await readFile(join(usb, 'talk', 'index.html'), 'utf8')).toBe(before);
    expect(await readdir(usb)).toEqual(['talk']);
    // Without --strict the same deck exports, with a placeholder and exit 0.
    expect(await main(['export', join(decks, 'talk.md'), '--out', usb])).toBe(0);
  });
});

describe('exportDecks() interrupted', () => {
  it('keeps the previous export of a deck deleted mid-export, and reports it as a read error', async () => {
    const decks = await copyDecks();
    const usb = join(work, 'usb');
    await exportDecks([decks], { out: usb, mode: 'folder', strict: false });
    const before = await readFile(join(usb, 'talk', 'index.html'), 'utf8');
    // While the first deck (second.md) is being written, the other one disappears.
    const summary = await exportDecks([decks], { out: usb, mode: 'folder', strict: false }, {
      beforePublish: async () => { await rm(join(decks, 'talk.md'), { force: true }); },
    });
    expect(summary.decks.map((d) => d.status)).toEqual(['ok', 'read-error']);
    expect(summary.exitCode).toBe(2);
    expect(await readFile(join(usb, 'talk', 'index.html'), 'utf8')).toBe(before);
    expect((await readdir(usb)).sort()).toEqual(['index.html', 'second', 'talk']);
  });

  it('keeps the previous export when an image disappears between checking and copying', async () => {
    const usb = join(work, 'usb');
    await exportDecks([join(BASIC, 'talk.md')], { out: usb, mode: 'folder', strict: false });
    const before = await readFile(join(usb, 'talk', 'index.html'), 'utf8');
    // The check says every file is there; by copy time one is gone.
    const vanishing = { realpath: async (p: string) => p, stat: async () => ({ isFile: () => true, isDirectory: () => false }) };
    await mkdir(join(work, 'other'));
    await writeFile(join(work, 'other', 'talk.md'), '# Talk\n\n![gone](images/gone.png)\n');
    const summary = await exportDecks([join(work, 'other', 'talk.md')], { out: usb, mode: 'folder', strict: false }, { assetFs: vanishing });
    expect(summary.exitCode).toBe(1);
    expect(summary.decks[0].error).toContain('ENOENT');
    expect(await readFile(join(usb, 'talk', 'index.html'), 'utf8')).toBe(before);
    expect(await readdir(usb)).toEqual(['talk']);
  });

  it('leaves no half-written folder and keeps the old export when writing stops part way', async () => {
    const usb = join(work, 'usb');
    await exportDecks([join(BASIC, 'talk.md')], { out: usb, mode: 'folder', strict: false });
    const before = await readFile(join(usb, 'talk', 'index.html'), 'utf8');
    const summary = await exportDecks([join(BASIC, 'talk.md')], { out: usb, mode: 'folder', strict: false, theme: 'dark' }, {
      beforePublish: async () => { throw new Error('ENOSPC: no space left on device'); },
    });
    expect(summary.exitCode).toBe(1);
    expect(summary.decks[0].error).toContain('ENOSPC');
    expect(await readFile(join(usb, 'talk', 'index.html'), 'utf8')).toBe(before);
    expect(await readdir(usb)).toEqual(['talk']);
  });
});
