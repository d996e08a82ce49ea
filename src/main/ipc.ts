// The only way main answers the renderer: ipcMain.handle, wrapped so every call first checks who
// is asking (a Podium page in its top frame, never a deck's iframe or a foreign page) and then
// validates the arguments against the contract (Electron security checklist #17).
import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import type { Channel, EventChannel, IpcArgs, IpcEvents, IpcResult } from '../shared/ipc-contract';
import { ARGUMENTS } from './ipc-arguments';
import { isAppUrl } from './security';

export class UntrustedSender extends Error {
  override name = 'UntrustedSender';
}

/** A frame may call main only when it is the top frame of a Podium page. */
export function isTrustedFrame(frame: WebFrameMain | null | undefined, devServer?: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, devServer);
}

export type Handler<C extends Channel> = (event: IpcMainInvokeEvent, ...args: IpcArgs<C>) => IpcResult<C> | Promise<IpcResult<C>>;

export function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    if (!isTrustedFrame(event.senderFrame)) {
      throw new UntrustedSender(`${channel}: refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    }
    const checked = ARGUMENTS[channel](raw);
    return handler(event, ...checked);
  });
}

/** Sends a typed event to one renderer (ignored when its window is gone). */
export function send<E extends EventChannel>(contents: Electron.WebContents | null | undefined, event: E, payload: IpcEvents[E]): void {
  if (contents && !contents.isDestroyed()) contents.send(event, payload);
}
