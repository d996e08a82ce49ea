import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc-contract';
import { fake, FakeWebContents, invoke, ipcEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { handle, isTrustedFrame } = await import('../../src/main/ipc');
const { ARGUMENTS } = await import('../../src/main/ipc-arguments');
const { createWorkspaceService } = await import('../../src/services/workspace');
const { createAssetRoots } = await import('../../src/main/asset-protocol');
const { createWorkspaceContext, openWorkspace, setupWorkspace } = await import('../../src/main/workspace-ipc');
const { setupPresentation } = await import('../../src/main/presentation');
const { setupHandouts } = await import('../../src/main/handouts-ipc');
const { setupExport } = await import('../../src/main/export-ipc');
const { setupApp } = await import('../../src/main/app-ipc');
const { setupCloseGuard } = await import('../../src/main/close-guard');

describe('isTrustedFrame()', () => {
  it('trusts only the top frame of a Podium page', () => {
    expect(isTrustedFrame({ url: 'podium-app://app/index.html', parent: null } as never)).toBe(true);
    expect(isTrustedFrame({ url: 'podium-app://app/index.html#/audience', parent: null } as never)).toBe(true);
    expect(isTrustedFrame({ url: 'podium-app://app/index.html', parent: {} } as never)).toBe(false);
    expect(isTrustedFrame({ url: 'podium-asset://d1/deck.html', parent: null } as never)).toBe(false);
    expect(isTrustedFrame({ url: 'file:///tmp/index.html', parent: null } as never)).toBe(false);
    expect(isTrustedFrame({ url: 'https://app/index.html', parent: null } as never)).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
  });
});

describe('handle()', () => {
  beforeEach(() => fake.reset());

  it('refuses calls from untrusted frames before looking at the arguments', async () => {
    const seen: unknown[] = [];
    handle('window:setTitle', (_event, title) => void seen.push(title));
    const contents = new FakeWebContents();
    await expect(invoke('window:setTitle', ['x'], ipcEvent(contents, { url: 'https://evil.example/' }))).rejects.toThrow(/refused a call from https:\/\/evil/);
    await expect(invoke('window:setTitle', ['x'], ipcEvent(contents, { url: 'podium-app://app/index.html', parent: {} }))).rejects.toThrow(/refused/);
    await expect(invoke('window:setTitle', ['x'], ipcEvent(contents, null))).rejects.toThrow(/refused/);
    await invoke('window:setTitle', ['ok'], ipcEvent(contents));
    expect(seen).toEqual(['ok']);
  });

  it('refuses wrong argument types, extra arguments and unknown fields', async () => {
    handle('workspace:saveDeck', () => ({ ok: true, mtimeMs: 1 }));
    const bad: unknown[][] = [
      [],
      ['/a.md'],
      [{ path: '/a.md' }],
      [{ path: 42, source: '' }],
      [{ path: '/a.md', source: '', force: 'yes' }],
      [{ path: '/a.md', source: '', extra: 1 }],
      [{ path: '/a.md', source: '' }, 'second'],
      [{ path: '/a.md\0.txt', source: '' }],
      [Object.assign(Object.create({ polluted: true }), { path: '/a.md', source: '' })],
    ];
    for (const args of bad) await expect(invoke('workspace:saveDeck', args), JSON.stringify(args)).rejects.toThrow(/must be|expected at most/);
    await expect(invoke('workspace:saveDeck', [{ path: '/a.md', source: 'x', baseMtimeMs: 1732812345678.123 }])).resolves.toEqual({ ok: true, mtimeMs: 1 });
    await expect(invoke('workspace:saveDeck', [{ path: '/a.md', source: 'x', baseMtimeMs: Number.NaN }])).rejects.toThrow(/must be a number/);
  });
});

describe('ARGUMENTS', () => {
  it('checks present commands, handout requests and dropped files', () => {
    expect(ARGUMENTS['present:command']([{ action: 'goto', position: { h: 1, v: 0, f: -1 } }])).toEqual([{ action: 'goto', position: { h: 1, v: 0, f: -1 } }]);
    expect(() => ARGUMENTS['present:command']([{ action: 'self-destruct' }])).toThrow(/one of/);
    expect(() => ARGUMENTS['handouts:preview']([{ deckPath: '/a.md', layout: 'slides-4', paper: 'a4', largePrint: false }])).toThrow(/layout must be one of/);
    expect(() => ARGUMENTS['assets:importImage']([{ deckPath: '/a.md', fileName: 'a.png', data: 'not bytes' }])).toThrow(/binary data/);
    expect(() => ARGUMENTS['app:openExternal']([`https://${'a'.repeat(3000)}`])).toThrow(/at most 2048/);
  });
});

describe('every channel of the contract', () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'podium-ipc-'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('has exactly one handler once the app is set up, and workspace calls reach the service', async () => {
    fake.reset();
    const roots = createAssetRoots();
    const service = createWorkspaceService({ recoveryDir: join(base, 'recovery'), trash: async () => undefined, assetBaseFor: (dir) => roots.baseFor(dir), watch: false });
    const ctx = createWorkspaceContext(service, roots, join(base, 'recent.json'));
    setupWorkspace(ctx);
    setupPresentation();
    setupHandouts(service, roots);
    setupExport(service);
    setupApp();
    setupCloseGuard();
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());

    const root = join(base, 'decks');
    await (await import('node:fs/promises')).mkdir(root);
    await writeFile(join(root, 'a.md'), '# Hello\n');
    await openWorkspace(ctx, root);
    const file = (await invoke('workspace:readDeck', [join(root, 'a.md')])) as { source: string; assetBase: string };
    expect(file.source).toBe('# Hello\n');
    expect(file.assetBase).toMatch(/^podium-asset:\/\/d[0-9a-f]{20}\/$/);
    await expect(invoke('workspace:readDeck', ['/etc/passwd'])).rejects.toThrow();
    await expect(invoke('workspace:openRecent', ['/etc'])).rejects.toThrow(/Not a recent workspace/);
    expect(await invoke('app:info', [])).toMatchObject({ version: '0.1.0-test', role: 'main' });
    await service.dispose();
  });
});
