// One shared fake of the few Electron APIs the main process uses. Tests swap it in with
//   vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
// and inspect/drive it through `fake`. Behaviour mirrors Electron where the code relies on it
// (close can be prevented, destroyed windows report so, screen emits display events).
import { EventEmitter } from 'node:events';
import { FakeBrowserWindow, FakeWebContents, type Rect } from './fake-windows';

export { FakeBrowserWindow, FakeWebContents } from './fake-windows';

export interface FakeDisplay {
  id: number;
  label: string;
  bounds: Rect;
  workArea: Rect;
  size: { width: number; height: number };
  scaleFactor: number;
  internal: boolean;
}

export function display(id: number, bounds: Rect, options: { internal?: boolean; label?: string } = {}): FakeDisplay {
  return { id, label: options.label ?? `Display ${id}`, bounds, workArea: bounds, size: { width: bounds.width, height: bounds.height }, scaleFactor: 1, internal: options.internal ?? false };
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [display(1, { x: 0, y: 0, width: 1440, height: 900 }, { internal: true })];
  primaryId = 1;
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0];
  }
}

class FakeSession {
  headersListener?: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;
  requestListener?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  permissionHandler?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: () => boolean;
  protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  webRequest = {
    onHeadersReceived: (listener: NonNullable<FakeSession['headersListener']>) => (this.headersListener = listener),
    onBeforeRequest: (listener: NonNullable<FakeSession['requestListener']>) => (this.requestListener = listener),
  };
  protocol = { handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => this.protocolHandlers.set(scheme, handler) };
  setPermissionRequestHandler(handler: FakeSession['permissionHandler']) {
    this.permissionHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
    this.permissionCheck = handler;
  }
}

/** State of the fake, for tests to drive and inspect. */
export const fake = {
  handlers: new Map<string, Handler>(),
  screen: new FakeScreen(),
  session: new FakeSession(),
  app: new EventEmitter(),
  /** Responses the next message boxes return (button index); default 1 (Cancel). */
  dialogResponses: [] as number[],
  messageBoxes: [] as Array<Record<string, unknown>>,
  openDialogResult: { canceled: true, filePaths: [] as string[] },
  saveDialogResult: { canceled: true, filePath: undefined as string | undefined },
  openedExternal: [] as string[],
  trashed: [] as string[],
  shownInFolder: [] as string[],
  openedPaths: [] as string[],
  privilegedSchemes: [] as unknown[],
  applicationMenu: null as null | { template: unknown[] },
  exposed: new Map<string, unknown>(),
  reset(): void {
    this.handlers.clear();
    this.screen = new FakeScreen();
    this.session = new FakeSession();
    this.app.removeAllListeners();
    this.dialogResponses = [];
    this.messageBoxes = [];
    this.openDialogResult = { canceled: true, filePaths: [] };
    this.saveDialogResult = { canceled: true, filePath: undefined };
    this.openedExternal = [];
    this.trashed = [];
    this.shownInFolder = [];
    this.openedPaths = [];
    this.privilegedSchemes = [];
    this.applicationMenu = null;
    this.exposed.clear();
    FakeBrowserWindow.all = [];
    FakeBrowserWindow.focused = null;
    screenProxy.removeAllListeners();
  },
};

// `screen` is imported once by the code under test: forward to whichever FakeScreen is current.
const screenProxy = Object.assign(new EventEmitter(), {
  getAllDisplays: () => fake.screen.getAllDisplays(),
  getPrimaryDisplay: () => fake.screen.getPrimaryDisplay(),
});

/** Replaces the connected displays and emits the event Electron would. */
export function setDisplays(displays: FakeDisplay[], event: 'display-added' | 'display-removed' | 'display-metrics-changed', changed?: FakeDisplay): void {
  fake.screen.displays = displays;
  if (!displays.some((d) => d.id === fake.screen.primaryId)) fake.screen.primaryId = displays[0]?.id ?? 0;
  screenProxy.emit(event, {}, changed ?? displays[0]);
}

const messageBox = (a: unknown, b?: unknown) => {
  const options = (b ?? a) as Record<string, unknown>;
  fake.messageBoxes.push(options);
  return fake.dialogResponses.shift() ?? (options.cancelId as number) ?? 1;
};

export const electronModule = {
  app: Object.assign(fake.app, {
    isPackaged: false,
    getVersion: () => '0.1.0-test',
    getPath: (name: string) => `/tmp/podium-fake/${name}`,
    getAppPath: () => process.cwd(),
    isReady: () => true,
    whenReady: () => new Promise(() => undefined), // never: tests call setup functions themselves
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    exit: () => undefined,
  }),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      fake.handlers.set(channel, handler);
    },
  },
  ipcRenderer: {
    invoked: [] as Array<{ channel: string; args: unknown[] }>,
    listeners: new EventEmitter(),
    invoke(channel: string, ...args: unknown[]) {
      this.invoked.push({ channel, args });
      return Promise.resolve({ channel, args });
    },
    on(channel: string, listener: (...a: unknown[]) => void) {
      this.listeners.on(channel, listener);
    },
    removeListener(channel: string, listener: (...a: unknown[]) => void) {
      this.listeners.removeListener(channel, listener);
    },
  },
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      if (fake.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
      fake.exposed.set(key, api);
    },
  },
  screen: screenProxy,
  session: {
    get defaultSession() {
      return fake.session;
    },
    fromPartition: () => fake.session,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.session.protocol.handle(scheme, handler),
  },
  dialog: {
    showMessageBox: async (a: unknown, b?: unknown) => ({ response: messageBox(a, b), checkboxChecked: false }),
    showMessageBoxSync: (a: unknown, b?: unknown) => messageBox(a, b),
    showOpenDialog: async () => fake.openDialogResult,
    showSaveDialog: async () => fake.saveDialogResult,
  },
  shell: {
    openExternal: async (url: string) => void fake.openedExternal.push(url),
    trashItem: async (path: string) => void fake.trashed.push(path),
    showItemInFolder: (path: string) => void fake.shownInFolder.push(path),
    openPath: async (path: string) => (fake.openedPaths.push(path), ''),
  },
  Menu: {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: { template: unknown[] }) => (fake.applicationMenu = menu),
  },
};

/** A trusted IPC event from a Podium page (top frame), or one from elsewhere. */
export function ipcEvent(contents: FakeWebContents, frame: { url: string; parent?: unknown } | null = { url: 'podium-app://app/index.html' }) {
  return { sender: contents, senderFrame: frame && { url: frame.url, parent: frame.parent ?? null } };
}

/** Calls a registered handler the way ipcRenderer.invoke would. */
export async function invoke(channel: string, args: unknown[], event = ipcEvent(new FakeWebContents())): Promise<unknown> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return handler(event, ...args);
}
