// The preload: exposes exactly one object, `window.podium`, built from the typed IPC contract.
// No ipcRenderer, event objects or Node APIs leak to the page; unknown channels are refused here too.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel, isEventChannel } from '../shared/ipc-contract';
import { buildPodiumApi, type Subscribe } from '../shared/podium-api';

const subscribe: Subscribe = (event, listener) => {
  if (!isEventChannel(event)) throw new Error(`Unknown Podium event: ${String(event)}`);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
};

const api = buildPodiumApi((channel, args) => {
  if (!isChannel(channel)) return Promise.reject(new Error(`Unknown Podium channel: ${String(channel)}`));
  return ipcRenderer.invoke(channel, ...args);
}, subscribe);

contextBridge.exposeInMainWorld('podium', api);

export type PodiumApi = typeof api;
