// Runs in the test page before the renderer: provides window.podium with the preload's exact shape
// (buildPodiumApi from the shared contract), forwarding each call to the Node test host.
import { buildPodiumApi, type Subscribe } from '../../../src/shared/podium-api';
import type { EventChannel } from '../../../src/shared/ipc-contract';

type Listener = (payload: unknown) => void;

interface HostWindow {
  __podiumInvoke(channel: string, args: unknown): Promise<unknown>;
  __podiumEmit(event: string, payload: unknown): void;
  podium: unknown;
}

const host = window as unknown as HostWindow;
const listeners = new Map<string, Set<Listener>>();

// Bytes (dropped images) travel as base64: the binding carries JSON.
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { __bytes: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

const subscribe: Subscribe = (event, listener) => {
  const set = listeners.get(event) ?? new Set<Listener>();
  listeners.set(event, set);
  set.add(listener as Listener);
  return () => set.delete(listener as Listener);
};

host.__podiumEmit = (event: string, payload: unknown) => {
  for (const listener of listeners.get(event as EventChannel) ?? []) listener(payload);
};

host.podium = buildPodiumApi((channel, args) => host.__podiumInvoke(channel, encode(args)), subscribe);
