import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DECK, GOOD_DECK, STACK_LINE, lineOf, podium, writeFiles } from './cli-helpers';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-cli-lint-'));
  writeFiles(dir, {
    'good/talk.md': GOOD_DECK,
    'good/images/a.png': 'png',
    'mixed/1-good.md': GOOD_DECK,
    'mixed/2-bad.md': BAD_DECK,
    'mixed/README.md': 'not a deck',
    'mixed/images/a.png': 'png',
    'empty/README.md': '# Read me',
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'latin1.md': Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    'huge.md': '',
  });
  truncateSync(at('huge.md'), 20 * 1024 * 1024 + 1);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectReadError(args: string[], pattern: RegExp): void {
  const result = podium(['lint', ...args]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

describe('podium lint', () => {
  it('exits 0 on a good deck and prints a summary', () => {
    const result = podium(['lint', at('good/talk.md')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 deck checked: 0 errors/);
  });

  it('exits 1 on deck errors, printing file:line:col severity code message', () => {
    const result = podium(['lint', at('mixed')]);
    expect(result.code).toBe(1);
    const missingLine = lineOf(BAD_DECK, 'missing.png');
    const altLine = lineOf(BAD_DECK, '![](images/a.png)');
    expect(result.stdout).toContain(`${at('mixed/2-bad.md')}:${missingLine}:`);
    expect(result.stdout).toMatch(new RegExp(`2-bad\\.md:${missingLine}:\\d+ error missing-asset .*missing\\.png`));
    expect(result.stdout).toMatch(new RegExp(`2-bad\\.md:${altLine}:\\d+ warning image-alt-missing `));
    expect(result.stdout).not.toContain('README');
    expect(result.stdout).toMatch(/2 decks checked: 1 error/);
  });

  it('prints JSON with --json, each deck once even when named twice', () => {
    const result = podium(['lint', '--json', at('mixed'), at('mixed/2-bad.md')]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { code: string; severity: string; line: number; column: number; message: string }[] }[]; errors: number };
    expect(report.files.map((f) => f.path)).toEqual([at('mixed/1-good.md'), at('mixed/2-bad.md')]);
    expect(report.errors).toBe(1);
    expect(report.files[1].diagnostics.find((d) => d.code === 'missing-asset')).toMatchObject({ severity: 'error', line: lineOf(BAD_DECK, 'missing.png') });
  });

  it('exits 2 with one line for a missing file', () => {
    expectReadError([at('nope.md')], /nope\.md: no such file/);
  });

  it('exits 2 with one line for a folder without decks', () => {
    expectReadError([at('empty')], /no \.md decks/);
  });

  it('exits 2 with one line for a binary file', () => {
    expectReadError([at('binary.md')], /binary file/);
  });

  it('exits 2 with one line for a file that is not UTF-8', () => {
    expectReadError([at('latin1.md')], /not UTF-8 text \(first bad byte on line 1/);
  });

  it('exits 2 with one line for a file over 20 MB', () => {
    expectReadError([at('huge.md')], /over the 20 MB limit/);
  });

  it('still lints the readable decks when another path fails', () => {
    const result = podium(['lint', at('nope.md'), at('good/talk.md')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/1 deck checked, 1 could not be read/);
  });

  it('exits 2 on usage mistakes', () => {
    for (const args of [[], ['--bogus', at('good/talk.md')]]) {
      const result = podium(['lint', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^podium lint: /);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  }, 180_000); // two subprocesses on shared, busy cores

  it('lists its checks with --help', () => {
    const result = podium(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/image-alt-missing/);
    expect(result.stdout).toMatch(/missing-asset/);
  });
});
