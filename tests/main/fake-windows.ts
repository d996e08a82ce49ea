// Fake BrowserWindow and WebContents for tests/main/fake-electron.ts: just what the main process
// uses, behaving as Electron does where the code relies on it (close can be prevented, destroyed
// windows say so and refuse to move).
import { EventEmitter } from 'node:events';

export type Rect = { x: number; y: number; width: number; height: number };

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  url = '';
  destroyed = false;
  windowOpenHandler?: (details: { url: string }) => { action: 'allow' | 'deny' };
  printed: unknown[] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits will-navigate like Chromium and reports whether the navigation was blocked. */
  navigate(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
  print(options: unknown, callback: (success: boolean, reason: string) => void): void {
    this.printed.push(options);
    callback(true, '');
  }
  readonly pdfOptions: unknown[] = [];
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfOptions.push(options);
    return Buffer.from('%PDF-1.4 fake');
  }
  sentOn(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.payload);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  bounds: Rect;
  fullscreen: boolean;
  maximized = false;
  destroyed = false;
  title = '';
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 0,
      y: (options.y as number) ?? 0,
      width: (options.width as number) ?? 800,
      height: (options.height as number) ?? 600,
    };
    this.fullscreen = options.fullscreen === true;
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
  }
  show(): void {}
  focus(): void {
    FakeBrowserWindow.focused = this;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rect>): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.bounds = { ...this.bounds, ...bounds };
  }
  isFullScreen(): boolean {
    return this.fullscreen;
  }
  setFullScreen(value: boolean): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.fullscreen = value;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  setTitle(title: string): void {
    this.title = title;
  }
  /** Like Electron: 'close' can be prevented; otherwise the window is destroyed and 'closed' fires. */
  close(): void {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
