// Planning: which deck files an export covers and where each one lands. Pure path logic plus deck
// discovery, so the rules (unique slugs, no output inside a deck's folder) are unit-tested.
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { slugify } from '../../core';
import { findDecks } from '../deck-files';
import type { DeckJob } from './deck-export';
import type { ExportMode } from './types';

export class OutputInsideDeckError extends Error {
  constructor(out: string, deckDir: string) {
    super(`the output folder ${out} is inside the deck folder ${deckDir}: the next export would copy the last one into itself. Choose a folder outside it, e.g. --out ${join(dirname(deckDir), `${basename(deckDir)}-export`)}.`);
    this.name = 'OutputInsideDeckError';
  }
}

export interface ExportPlan {
  out: string;
  jobs: DeckJob[];
  /** True when a folder was given or several decks: the export also gets an index page. */
  index: boolean;
}

/** True when `inner` is `outer` or below it. */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function deckSlug(file: string): string {
  return slugify(basename(file, extname(file))) || 'deck';
}

/** Where one deck goes: `<out>/<slug>` (folder) or `<out>/<slug>.html`. */
export function targetFor(out: string, slug: string, mode: ExportMode): string {
  return mode === 'folder' ? join(out, slug) : join(out, `${slug}.html`);
}

/** Unique slugs in input order: talk, talk-2, talk-3 ... */
export function uniqueSlugs(files: string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const base = deckSlug(file);
    let slug = base;
    for (let n = 2; used.has(slug) || slug === 'index'; n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}

/**
 * Expands inputs (deck files and folders) into jobs. Throws DeckFileError for an input that does
 * not exist or holds no deck, and OutputInsideDeckError when `out` is in a deck's folder.
 */
export async function planExport(inputs: string[], out: string, mode: ExportMode): Promise<ExportPlan> {
  const outDir = resolve(out);
  const files: string[] = [];
  let folderGiven = false;
  for (const input of inputs) {
    const found = await findDecks(input);
    if (found.length !== 1 || found[0] !== input) folderGiven = true;
    for (const file of found) if (!files.includes(resolve(file))) files.push(resolve(file));
  }
  for (const file of files) {
    const deckDir = dirname(file);
    if (isWithin(deckDir, outDir)) throw new OutputInsideDeckError(outDir, deckDir);
  }
  const slugs = uniqueSlugs(files);
  const jobs = files.map((source, i) => ({ source, slug: slugs[i], target: targetFor(outDir, slugs[i], mode) }));
  return { out: outDir, jobs, index: folderGiven || jobs.length > 1 };
}
