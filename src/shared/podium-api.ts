// Builds the renderer-facing API from the contract. The preload calls it with ipcRenderer; the
// renderer's browser-test host calls it with a fake backend, so both expose exactly the same shape.
import { CHANNELS, type Channel, type EventChannel, type IpcContract, type IpcEvents } from './ipc-contract';

type NamespaceOf<C> = C extends `${infer N}:${string}` ? N : never;
type Namespace = NamespaceOf<Channel>;

/** `podium.workspace.listDecks()` for channel 'workspace:listDecks', and so on. */
export type InvokeApi = {
  [N in Namespace]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: (
      ...args: IpcContract[C]['args']
    ) => Promise<IpcContract[C]['result']>;
  };
};

export type Subscribe = <E extends EventChannel>(event: E, listener: (payload: IpcEvents[E]) => void) => () => void;

export type PodiumApiShape = InvokeApi & {
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on: Subscribe;
};

export type Invoke = (channel: Channel, args: unknown[]) => Promise<unknown>;

export function buildPodiumApi(invoke: Invoke, subscribe: Subscribe): PodiumApiShape {
  const namespaces: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [ns, method] = channel.split(':') as [string, string];
    namespaces[ns] ??= {};
    namespaces[ns][method] = (...args: unknown[]) => invoke(channel, args);
  }
  return { ...(namespaces as unknown as InvokeApi), on: subscribe };
}
