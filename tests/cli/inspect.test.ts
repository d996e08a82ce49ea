import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DECK, GOOD_DECK, STACK_LINE, lineOf, podium, writeFiles } from './cli-helpers';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-cli-inspect-'));
  writeFiles(dir, { 'talk.md': GOOD_DECK, 'bad.md': BAD_DECK, 'images/a.png': 'png', 'binary.md': Buffer.from([0, 1, 2, 3]) });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface InspectJson {
  title: string;
  meta: { title?: string; duration?: number; theme?: string; dialect: string };
  slides: { h: number; v: number; title: string; notes: string; fragments: number; line: number; attributes: Record<string, string> }[];
  diagnostics: { code: string; severity: string; line: number; column: number; message: string }[];
}

describe('podium inspect --json', () => {
  it('prints the deck as issue 2 specifies it', () => {
    const result = podium(['inspect', join(dir, 'talk.md'), '--json']);
    expect(result.code).toBe(0);
    const deck = JSON.parse(result.stdout) as InspectJson;
    expect(Object.keys(deck)).toEqual(['title', 'meta', 'slides', 'diagnostics']);
    expect(deck.title).toBe('Good deck');
    expect(deck.meta).toMatchObject({ title: 'Good deck', duration: 10, theme: 'dark', dialect: 'podium' });
    expect(deck.slides.map((s) => [s.h, s.v, s.title])).toEqual([[0, 0, 'Good deck'], [1, 0, 'Signs'], [1, 1, 'Stacked']]);
    for (const slide of deck.slides) expect(Object.keys(slide).sort()).toEqual(['attributes', 'fragments', 'h', 'line', 'notes', 'title', 'v']);
    expect(deck.slides[1]).toMatchObject({ notes: 'Explain the signs.', fragments: 2 });
    expect(deck.slides[1].attributes['data-minutes']).toBe('5');
    expect(deck.diagnostics).toEqual([]);
  });

  it('gives each slide the 1-based file line where it starts', () => {
    const deck = JSON.parse(podium(['inspect', join(dir, 'talk.md'), '--json']).stdout) as InspectJson;
    const headings = ['# Good deck', '## Signs', '## Stacked'].map((h) => lineOf(GOOD_DECK, h));
    // The front matter's closing --- and the two slide separators.
    const separators = GOOD_DECK.split('\n').flatMap((line, i) => (line === '---' || line === '----' ? [i + 1] : [])).slice(1);
    deck.slides.forEach((slide, i) => {
      expect(slide.line).toBeLessThanOrEqual(headings[i]);
      expect(slide.line).toBeGreaterThan(separators[i]);
    });
  });

  it('includes file checks in the diagnostics', () => {
    const deck = JSON.parse(podium(['inspect', join(dir, 'bad.md'), '--json']).stdout) as InspectJson;
    expect(deck.diagnostics.find((d) => d.code === 'missing-asset')).toMatchObject({ severity: 'error', line: lineOf(BAD_DECK, 'missing.png') });
    expect(deck.diagnostics.find((d) => d.code === 'image-alt-missing')).toMatchObject({ line: lineOf(BAD_DECK, '![](images/a.png)') });
  });
});

describe('podium inspect', () => {
  it('prints a readable summary without --json', () => {
    const result = podium(['inspect', join(dir, 'talk.md')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/"Good deck"/);
    expect(result.stdout).toMatch(/3 slides/);
    expect(result.stdout).toMatch(/2\.2\s+line \d+\s+Stacked/);
  });

  it('exits 2 with one line for unreadable input and usage mistakes', () => {
    for (const args of [[join(dir, 'nope.md')], [join(dir, 'binary.md')], [], [join(dir, 'talk.md'), join(dir, 'bad.md')], ['--nope', join(dir, 'talk.md')]]) {
      const result = podium(['inspect', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^podium inspect: /);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  }, 300_000); // five subprocesses on shared, busy cores
});
