// Serves the built renderer to Chromium with window.podium backed by the real Node services:
// http://podium.test/ is routed to the build (no port, no network), deck assets to the deck folders,
// and each API call crosses to Node through one exposed binding.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { isChannel, type EventChannel, type IpcEvents } from '../../../src/shared/ipc-contract';
import { buildRenderer } from './build-renderer';
import { createBackend, decodeArgs, type Caller, type HostRecord } from './backend';
import type { WorkspaceService } from '../../../src/services/workspace';

export const ORIGIN = 'http://podium.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.mp4': 'video/mp4', '.webm': 'video/webm', '.mp3': 'audio/mpeg', '.json': 'application/json',
};

export interface Host {
  context: BrowserContext;
  /** The main window (library, editor, presenter console). */
  page: Page;
  /** The audience window while a presentation runs. */
  audience(): Page | null;
  /** Waits for the audience window to open. */
  waitForAudience(): Promise<Page>;
  workspace: WorkspaceService;
  record: HostRecord;
  /** Uncaught errors and console errors from every window, for failing tests to show. */
  errors: string[];
  stateDir: string;
  emit<E extends EventChannel>(event: E, payload: IpcEvents[E]): Promise<void>;
  /**
   * Simulates a crash and a fresh start: the main window dies without saving or flushing, a new
   * backend (new services, same files and recovery folder) starts, and a new main window opens.
   */
  crashAndRestart(): Promise<void>;
  close(): Promise<void>;
}

async function serveFile(route: Route, path: string): Promise<void> {
  try {
    const body = await readFile(path);
    await route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' } });
  } catch {
    await route.fulfill({ status: 404, body: 'not found' });
  }
}

/** A path under `root` for a URL path, or null when it would escape (the asset protocol's rule). */
function inside(root: string, urlPath: string): string | null {
  const full = normalize(join(root, decodeURIComponent(urlPath)));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export async function startHost(browser: Browser, options: { workspace?: string; viewport?: { width: number; height: number } } = {}): Promise<Host> {
  const built = await buildRenderer();
  const stateDir = await mkdtemp(join(tmpdir(), 'podium-host-'));
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  const assetRoots = new Map<string, string>();
  let main: Page;
  let audience: Page | null = null;
  const audienceWaiters: ((p: Page) => void)[] = [];
  const errors: string[] = [];
  context.on('page', (p) => {
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.stack ?? e.message}`));
    p.on('console', (m) => m.type() === 'error' && errors.push(`${p.url()}: console: ${m.text()}`));
    p.on('response', (r) => r.status() >= 400 && errors.push(`${p.url()}: HTTP ${r.status()} for ${r.url()}`));
  });

  const emitTo = async (page: Page | null, event: string, payload: unknown) => {
    if (!page || page.isClosed()) return;
    await page.evaluate(([e, p]) => (window as unknown as { __podiumEmit(e: string, p: unknown): void }).__podiumEmit(e, p), [event, payload] as const).catch(() => undefined);
  };

  const makeBackend = () => createBackend({
    stateDir,
    assetBaseFor: (dir) => {
      const token = `d${[...assetRoots.values()].indexOf(dir) >= 0 ? [...assetRoots.values()].indexOf(dir) : assetRoots.size}`;
      assetRoots.set(token, dir);
      return `${ORIGIN}/asset/${token}/`;
    },
    windows: {
      emitMain: (event, payload) => void emitTo(main, event, payload),
      emitAudience: (event, payload) => void emitTo(audience, event, payload),
      openAudience: async () => {
        audience = await context.newPage();
        await audience.goto(`${ORIGIN}/index.html#/audience`);
        audienceWaiters.splice(0).forEach((w) => w(audience!));
      },
      closeAudience: async () => {
        const page = audience;
        audience = null;
        await page?.close();
        void emitTo(main, 'present:ended', {});
      },
    },
  });
  let backend = makeBackend();

  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const asset = /^\/asset\/([^/]+)\/(.*)$/.exec(url.pathname);
    if (asset) {
      const root = assetRoots.get(asset[1]);
      const path = root ? inside(root, asset[2]) : null;
      return path ? serveFile(route, path) : route.fulfill({ status: 403, body: 'outside the deck folder' });
    }
    const path = inside(built.dir, url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    return path ? serveFile(route, path) : route.fulfill({ status: 404, body: 'not found' });
  });
  // Nothing else: the app makes no network request, and the test would notice if it tried.
  await context.route((url) => !url.href.startsWith(ORIGIN) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'), (route) => route.abort('blockedbyclient'));

  await context.exposeBinding('__podiumInvoke', async (source, channel: unknown, args: unknown) => {
    if (!isChannel(channel)) throw new Error(`Unknown IPC channel: ${String(channel)}`);
    const caller: Caller = {
      role: source.page === audience ? 'audience' : 'main',
      emit: (event, payload) => void emitTo(source.page, event, payload),
    };
    const handler = backend.handlers[channel] as (caller: Caller, ...a: unknown[]) => unknown;
    return handler(caller, ...(decodeArgs(args) as unknown[]));
  });
  await context.addInitScript({ path: built.bridge });

  if (options.workspace) await backend.open(options.workspace);
  main = await context.newPage();
  await main.goto(`${ORIGIN}/index.html`);

  const host: Host = {
    context,
    page: main,
    audience: () => audience,
    waitForAudience: () => (audience ? Promise.resolve(audience) : new Promise((resolve) => audienceWaiters.push(resolve))),
    workspace: backend.workspace,
    record: backend.record,
    errors,
    stateDir,
    emit: (event, payload) => emitTo(main, event, payload),
    crashAndRestart: async () => {
      const root = backend.workspace.root;
      await main.close({ runBeforeUnload: false });
      // The old services die with the process: no flush, no dispose beyond stopping their timers.
      await backend.workspace.dispose().catch(() => undefined);
      backend = makeBackend();
      if (root) await backend.open(root);
      host.workspace = backend.workspace;
      host.record = backend.record;
      main = await context.newPage();
      host.page = main;
      await main.goto(`${ORIGIN}/index.html`);
    },
    close: async () => {
      if (errors.length > 0) console.error(`Errors in the renderer:\n${errors.join('\n')}`);
      await backend.workspace.dispose();
      await context.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
  return host;
}
