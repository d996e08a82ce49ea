// Asset handling in real folders: escapes refused (nothing outside the deck's folder is copied or
// inlined), missing files reported with their line and shown as placeholders, remote media linked.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { exportDecks, type ExportSummary } from '../../../src/services/export';
import { tempDirs } from '../../support/temp-dirs';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-DECK';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

let root: string;
let deckFile: string;
let folder: ExportSummary;
let single: ExportSummary;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const tempDir = tempDirs();

beforeAll(async () => {
  root = await tempDir('podium-assets-');
  const deckDir = join(root, 'deck');
  await mkdir(join(deckDir, 'images'), { recursive: true });
  await writeFile(join(root, 'secret.png'), SECRET);
  await writeFile(join(root, 'secret.txt'), SECRET);
  await writeFile(join(deckDir, 'images', 'ok.png'), PNG);
  await writeFile(join(deckDir, 'page.html'), '<script>alert(1)</script>');
  await symlink(join(root, 'secret.png'), join(deckDir, 'images', 'link.png'));
  await symlink(join(root), join(deckDir, 'images', 'up'));
  deckFile = join(deckDir, 'talk.md');
  await writeFile(deckFile, [
    '# Assets', '', '![ok](images/ok.png)', '', '![dotdot](../secret.png)', '', `![absolute](${join(root, 'secret.png')})`, '',
    '![symlink](images/link.png)', '', '![encoded](..%2fsecret.png)', '', '![nested](images/..%2f..%2fsecret.png)', '',
    '![through a linked folder](images/up/secret.png)', '', '<img src="images/../../secret.png" alt="raw">', '',
    '---', '', '## More', '<!-- .slide: data-background-image="../secret.png" -->', '', '[a file outside](../secret.txt)', '',
    '![missing](images/nope.png)', '', '![remote](https://example.com/a.png)', '', '[a page](page.html)', '',
    '<video src="media/film.mp4" controls data-optional></video>', '',
  ].join('\n'));
  folder = await exportDecks([deckFile], { out: join(root, 'out'), mode: 'folder', strict: false });
  single = await exportDecks([deckFile], { out: join(root, 'out-single'), mode: 'single-file', strict: false });
});

describe('exportDecks() and paths that leave the deck folder', () => {
  it('copies only the file inside the deck folder', async () => {
    const files = await filesUnder(join(root, 'out', 'talk'));
    expect(files.filter((f) => f.startsWith('assets/'))).toEqual(['assets/images/ok.png']);
    for (const file of files) expect(await readFile(join(root, 'out', 'talk', file), 'utf8')).not.toContain(SECRET);
  });

  it('never inlines an outside file in a single-file export', async () => {
    const html = await readFile(join(root, 'out-single', 'talk.html'), 'utf8');
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 20));
    expect(html).toContain(`data:image/png;base64,${PNG.toString('base64')}`);
  });

  it('refuses each escape with an error naming its line, and exits 1', () => {
    const refused = folder.decks[0].issues.filter((i) => i.code === 'asset-outside-deck');
    expect(refused.map((i) => i.line)).toEqual([5, 7, 9, 11, 13, 15, 17, 22, 24]);
    expect(refused.every((i) => i.severity === 'error' && i.file === deckFile)).toBe(true);
    expect(folder.exitCode).toBe(1);
    expect(single.decks[0].issues.filter((i) => i.code === 'asset-outside-deck')).toHaveLength(9);
  });

  it('still completes the export, with visible placeholders for what was refused or missing', async () => {
    expect(folder.decks[0].status).toBe('ok');
    const html = await readFile(join(root, 'out', 'talk', 'index.html'), 'utf8');
    expect(html).toContain(encodeURIComponent('Not allowed: ../secret.png'));
    expect(html).toContain(encodeURIComponent('Missing: images/nope.png'));
    expect(html).not.toMatch(/href="\.\.\/secret\.txt"/);
  });

  it('reports a missing file as a warning with its line', () => {
    expect(folder.decks[0].issues.find((i) => i.code === 'missing-asset')).toMatchObject({ severity: 'warning', line: 26 });
  });

  it('reports a missing file the deck marks optional as information, with a placeholder', async () => {
    expect(folder.decks[0].issues.filter((i) => i.message.includes('media/film.mp4')).map((i) => [i.code, i.severity, i.line])).toEqual([['optional-asset-missing', 'info', 32]]);
    expect(await readFile(join(root, 'out', 'talk', 'index.html'), 'utf8')).toContain('Missing: media/film.mp4</span>');
  });

  it('turns a remote image into a link with a warning', async () => {
    expect(folder.decks[0].issues.find((i) => i.code === 'asset-remote')).toMatchObject({ severity: 'warning', line: 28 });
    const html = await readFile(join(root, 'out', 'talk', 'index.html'), 'utf8');
    expect(html).toContain('<a class="podium-remote" href="https://example.com/a.png">');
    expect(html).not.toContain('src="https://example.com/a.png"');
  });

  it('drops links to web pages in the deck folder (they could run script when clicked)', async () => {
    expect(folder.decks[0].issues.find((i) => i.code === 'link-active-file')).toMatchObject({ line: 30 });
    expect(await filesUnder(join(root, 'out', 'talk'))).not.toContain('assets/page.html');
  });

  it('fails the deck under --strict and writes nothing for it', async () => {
    const strict = await exportDecks([deckFile], { out: join(root, 'out-strict'), mode: 'folder', strict: true });
    expect(strict.exitCode).toBe(1);
    expect(strict.decks[0].status).toBe('failed');
    await expect(readdir(join(root, 'out-strict'))).rejects.toThrow();
  });
});
