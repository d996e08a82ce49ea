// A minimal DevTools-protocol client over Chromium's --remote-debugging-pipe (fd 3 in, fd 4 out,
// JSON messages ended by NUL). Handout printing needs six commands; talking to the pipe directly
// saves loading a browser-automation library on every `podium handouts` run and opens no port.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Pending = { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void; method: string };
type Listener = (params: Record<string, unknown>, sessionId?: string) => void;

export class CdpPipe {
  private nextId = 0;
  private buffer = '';
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly waiters = new Set<(error: Error) => void>();
  private closedError: Error | undefined;

  constructor(child: ChildProcess) {
    const input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    this.input = input;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    output.on('close', () => this.fail(new Error('Chromium closed the DevTools pipe.')));
    input.on('error', (error) => this.fail(error));
  }

  private readonly input: Writable;

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.input.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  }

  on(event: string, listener: Listener): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  /** Resolves with the first `event` for `sessionId` that `test` accepts; rejects if the browser goes away first. */
  waitFor(event: string, sessionId: string, test: (params: Record<string, unknown>) => boolean = () => true): Promise<Record<string, unknown>> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise((resolve, reject) => {
      const off = this.on(event, (params, sid) => {
        if (sid === sessionId && test(params)) { off(); this.waiters.delete(reject); resolve(params); }
      });
      this.waiters.add(reject);
    });
  }

  /** Whether the browser has gone (its pipe closed). */
  get closed(): boolean {
    return this.closedError !== undefined;
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end !== -1) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string }; sessionId?: string };
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
      end = this.buffer.indexOf('\0');
    }
  }

  private fail(error: Error): void {
    this.closedError ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    for (const reject of this.waiters) reject(error);
    this.waiters.clear();
  }
}
