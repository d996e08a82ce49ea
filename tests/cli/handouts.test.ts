// `podium handouts` run as a subprocess, the way a facilitator runs it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noChrome } from '../support/browser';
import { noPoppler, pdfInfo } from '../services/handouts/pdf-tools';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/handouts');
const STACK_LINE = /^\s+at /m;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-cli-handouts-'));
  mkdirSync(join(dir, 'decks'));
  mkdirSync(join(dir, 'decks', 'images'));
  for (const name of ['twelve.md', 'no-resources.md', 'images/poster.svg']) copyFileSync(join(FIXTURES, name), join(dir, 'decks', name));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function handouts(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/podium.mjs'), 'handouts', ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fixture = (name: string) => join(FIXTURES, `${name}.md`);

describe('podium handouts', () => {
  describe('usage mistakes (exit 2, one line)', () => {
    it.each([
      [['--layout', 'slides-4'], /unknown layout "slides-4": use one of slides-3, slides-1, slides-2, slides-6, notes, outline, card, all\./],
      [['--paper', 'a3'], /unknown paper "a3": use one of letter, a4\./],
      [['--format', 'docx'], /unknown format "docx": use pdf or html\./],
    ])('%j lists the valid values', (extra, message) => {
      const result = handouts([fixture('twelve'), '--out', join(dir, 'never'), ...extra]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('asks for --out and for a deck', () => {
      expect(handouts([fixture('twelve')]).stderr).toMatch(/--out <dir>/);
      expect(handouts(['--out', dir]).code).toBe(2);
    });

    it('names a missing deck file', () => {
      const result = handouts([join(dir, 'nope.md'), '--out', join(dir, 'never')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/nope\.md: no such file or folder/);
      expect(result.stderr).not.toMatch(STACK_LINE);
    });
  });

  it('says so in one line when the output folder cannot be written', () => {
    const result = handouts([fixture('one'), '--out', join(fixture('one'), 'sub'), '--format', 'html']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write to .*one\.md\/sub \(ENOTDIR\): choose a folder you can write to/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses an empty deck with a clear message (exit 1)', () => {
    const result = handouts([fixture('empty'), '--out', join(dir, 'empty-out'), '--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.md: the deck is empty, there are no slides to print/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('writes print-ready HTML for every layout of every deck in a folder, skipping a card with no resources', () => {
    const out = join(dir, 'html-out');
    const result = handouts([join(dir, 'decks'), '--out', out, '--layout', 'all', '--format', 'html'], { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_PAPER: '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(13);
    expect(files).toContain('twelve-card.html');
    expect(files).toContain('twelve-slides-3.html');
    expect(files).toContain('no-resources-outline.html');
    expect(files).not.toContain('no-resources-card.html');
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    // twelve.md says paper: letter; no-resources.md says nothing, so the en_GB locale gives A4
    expect(readFileSync(join(out, 'twelve-notes.html'), 'utf8')).toContain('size: letter portrait');
    expect(readFileSync(join(out, 'no-resources-notes.html'), 'utf8')).toContain('size: A4 portrait');
  });

  it('fails a card for a deck without resources, saying what to add', () => {
    const result = handouts([join(dir, 'decks', 'no-resources.md'), '--out', join(dir, 'card-out'), '--layout', 'card', '--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/card: the deck has no `resources:` in its front matter/);
  });

  it('falls back to HTML with a warning when no browser is found, and fails if PDF was demanded', () => {
    const out = join(dir, 'nobrowser');
    const soft = handouts([fixture('one'), '--out', out, '--layout', 'outline'], { PODIUM_CHROME: join(dir, 'no-such-chrome') });
    expect(soft.code).toBe(0);
    expect(soft.stderr).toMatch(/warning: no Chrome or Chromium was found.*print-ready HTML.*Print > Save as PDF.*PODIUM_CHROME/);
    expect(readdirSync(out)).toEqual(['one-outline.html']);
    const hard = handouts([fixture('one'), '--out', out, '--layout', 'notes', '--format', 'pdf'], { PODIUM_CHROME: join(dir, 'no-such-chrome') });
    expect(hard.code).toBe(1);
    expect(hard.stderr).toMatch(/error: no Chrome or Chromium was found/);
    expect(readdirSync(out).sort()).toEqual(['one-notes.html', 'one-outline.html']);
  });

  it.skipIf(noChrome || noPoppler)('prints PDFs named <deck>-<layout>.pdf on the paper asked for', () => {
    const out = join(dir, 'pdf-out');
    const result = handouts([fixture('twelve'), '--out', out, '--layout', 'slides-6', '--paper', 'a4']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('twelve-slides-6.pdf  (slides-6, a4, 2 pages)');
    expect(readdirSync(out)).toEqual(['twelve-slides-6.pdf']);
    expect(pdfInfo(join(out, 'twelve-slides-6.pdf'))).toMatchObject({ pages: 2, width: 595, height: 842 });
  });
});
