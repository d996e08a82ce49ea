import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { deckFromArgv, setupFileOpen } = await import('../../src/main/file-open');

describe('deckFromArgv()', () => {
  it('finds the .md file a file manager or shell passed, ignoring flags and missing files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-argv-'));
    await writeFile(join(dir, 'deck.md'), '# x');
    expect(deckFromArgv(['/opt/Podium/podium', '--no-sandbox', 'deck.md'], dir)).toBe(join(dir, 'deck.md'));
    expect(deckFromArgv(['/opt/Podium/podium', 'missing.md'], dir)).toBeNull();
    expect(deckFromArgv(['/opt/Podium/podium', '--flag=x.md', '.'], dir)).toBeNull();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('setupFileOpen()', () => {
  it('forwards decks macOS opens with Podium, and nothing else', () => {
    fake.reset();
    const opened: string[] = [];
    setupFileOpen((path) => opened.push(path));
    let prevented = 0;
    fake.app.emit('open-file', { preventDefault: () => (prevented += 1) }, '/Users/a/deck.md');
    fake.app.emit('open-file', { preventDefault: () => (prevented += 1) }, '/Users/a/photo.png');
    expect(opened).toEqual(['/Users/a/deck.md']);
    expect(prevented).toBe(2);
  });
});
