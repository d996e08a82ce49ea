import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc-contract';
import type { PodiumApiShape } from '../../src/shared/podium-api';
import { electronModule, fake } from '../main/fake-electron';

vi.mock('electron', async () => (await import('../main/fake-electron')).electronModule);

let api: PodiumApiShape;
beforeAll(async () => {
  fake.reset();
  await import('../../src/preload/index');
  api = fake.exposed.get('podium') as PodiumApiShape;
});

describe('the preload', () => {
  it('exposes exactly one object, window.podium', () => {
    expect([...fake.exposed.keys()]).toEqual(['podium']);
  });

  it('has one method per contract channel, grouped by namespace, and nothing else', () => {
    const methods = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([ns, group]) => Object.keys(group as object).map((m) => `${ns}:${m}`));
    expect(methods.sort()).toEqual([...CHANNELS].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('invokes the matching channel with the arguments as given', async () => {
    electronModule.ipcRenderer.invoked.length = 0;
    await api.workspace.renameDeck('/w/a.md', 'b');
    await api.present.sync({ position: { h: 1, v: 0, f: -1 }, black: true, overview: false });
    expect(electronModule.ipcRenderer.invoked).toEqual([
      { channel: 'workspace:renameDeck', args: ['/w/a.md', 'b'] },
      { channel: 'present:sync', args: [{ position: { h: 1, v: 0, f: -1 }, black: true, overview: false }] },
    ]);
  });

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.on('export:progress', (...args: unknown[]) => seen.push(args));
    const progress = { jobId: 'j', done: 1, total: 2, message: 'Exporting a.md' };
    electronModule.ipcRenderer.listeners.emit('export:progress', { sender: 'secret' }, progress);
    off();
    electronModule.ipcRenderer.listeners.emit('export:progress', { sender: 'secret' }, progress);
    expect(seen).toEqual([[progress]]);
  });

  it('refuses to subscribe to events outside the contract', () => {
    expect(() => api.on('ipc-internal' as never, () => undefined)).toThrow(/Unknown Podium event/);
  });
});
