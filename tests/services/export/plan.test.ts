import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWithin, OutputInsideDeckError, planExport, targetFor, uniqueSlugs } from '../../../src/services/export';
import { DeckNotFoundError } from '../../../src/services/deck-files';
import { tempDirs } from '../../support/temp-dirs';

const tempDir = tempDirs();

async function decks(names: string[]): Promise<string> {
  const dir = await tempDir('podium-plan-');
  for (const name of names) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), '# Deck\n');
  }
  return dir;
}

describe('uniqueSlugs()', () => {
  it('slugs file names and numbers repeats in input order', () => {
    expect(uniqueSlugs(['/a/Knowledge Is Power.md', '/b/knowledge-is-power.md', '/c/knowledge is power.md'])).toEqual(['knowledge-is-power', 'knowledge-is-power-2', 'knowledge-is-power-3']);
  });

  it('never uses "index", which the index page needs', () => {
    expect(uniqueSlugs(['/a/index.md'])).toEqual(['index-2']);
  });
});

describe('targetFor()', () => {
  it('puts a folder export in <out>/<slug> and a single file at <out>/<slug>.html', () => {
    expect(targetFor('/out', 'talk', 'folder')).toBe(join('/out', 'talk'));
    expect(targetFor('/out', 'talk', 'single-file')).toBe(join('/out', 'talk.html'));
  });
});

describe('isWithin()', () => {
  it('is true for the folder itself and anything below, false for siblings with a shared prefix', () => {
    expect(isWithin('/a/deck', '/a/deck')).toBe(true);
    expect(isWithin('/a/deck', '/a/deck/out')).toBe(true);
    expect(isWithin('/a/deck', '/a/deck-export')).toBe(false);
    expect(isWithin('/a/deck', '/a')).toBe(false);
  });
});

describe('planExport()', () => {
  it('expands a folder into its decks (README.md excepted), sorted, and asks for an index page', async () => {
    const dir = await decks(['2-b.md', '10-c.md', '1-a.md', 'README.md']);
    const plan = await planExport([dir], join(dir, '..', 'out-plan'), 'folder');
    expect(plan.jobs.map((j) => j.slug)).toEqual(['1-a', '2-b', '10-c']);
    expect(plan.index).toBe(true);
    expect(plan.jobs[0].target).toBe(join(dir, '..', 'out-plan', '1-a'));
  });

  it('exports one named deck without an index page', async () => {
    const dir = await decks(['talk.md']);
    const plan = await planExport([join(dir, 'talk.md')], join(dir, '..', 'o'), 'single-file');
    expect(plan.index).toBe(false);
    expect(plan.jobs).toEqual([{ source: join(dir, 'talk.md'), slug: 'talk', target: join(dir, '..', 'o', 'talk.html') }]);
  });

  it('refuses an output folder inside a deck folder', async () => {
    const dir = await decks(['talk.md']);
    await expect(planExport([dir], join(dir, 'export'), 'folder')).rejects.toBeInstanceOf(OutputInsideDeckError);
    await expect(planExport([join(dir, 'talk.md')], dir, 'folder')).rejects.toThrow(/inside the deck folder/);
  });

  it('reports a missing input as a deck file error', async () => {
    await expect(planExport(['/no/such/deck.md'], tmpdir(), 'folder')).rejects.toBeInstanceOf(DeckNotFoundError);
  });
});
