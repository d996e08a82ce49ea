// Prints handout HTML to PDF with one headless Chromium for a whole run (starting a browser costs
// far more than a page), driven over the DevTools pipe. Pages load from file:// so the deck's
// relative images resolve; every network request is refused, so printing never goes online.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRINT_OPTIONS, type PdfOptions } from './build';
import { startChrome, type StartedChrome } from './chrome-process';
import { CHROME_FONT_FAMILY } from './fonts';

const CHROME_FACES = JSON.stringify([`400 10pt "${CHROME_FONT_FAMILY}"`, `700 10pt "${CHROME_FONT_FAMILY}"`]);
const LOAD_FONTS = `Promise.all(${CHROME_FACES}.map((f) => document.fonts.load(f).catch(() => null))).then(() => document.fonts.ready).then(() => true)`;
const LOAD_TIMEOUT_MS = 120_000;
// A single-process browser that has not answered by then is taken for stuck (see ordinaryBrowserFor).
const SINGLE_PROCESS_START_MS = 30_000;

class ChromeTimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new ChromeTimeoutError(`Chromium: ${what} took over ${ms / 1000} s.`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class HandoutPrinter {
  private count = 0;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private chrome: StartedChrome, private session: string, private readonly dir: string) {}

  /**
   * Starts Chromium (the given binary, else PODIUM_CHROME / CHROME_PATH / the usual places; throws
   * ChromeMissingError when there is none), or takes one already started with startChrome().
   */
  static async open(browserOrPath?: string | StartedChrome): Promise<HandoutPrinter> {
    let chrome = typeof browserOrPath === 'object' ? browserOrPath : startChrome(browserOrPath);
    try {
      let session: string;
      try {
        session = await attach(chrome);
      } catch (error) {
        if (!singleProcessFailed(chrome, error)) throw error;
        chrome = await ordinaryBrowserFor(chrome);
        session = await attach(chrome);
      }
      const dir = await mkdtemp(join(tmpdir(), 'podium-handouts-'));
      return new HandoutPrinter(chrome, session, dir);
    } catch (error) {
      await chrome.stop();
      throw error;
    }
  }

  /**
   * The PDF bytes of one handout document. Calls made together are printed one after another.
   * `tagged` adds the PDF structure tree screen readers use; `outline` adds bookmarks (see pdfOptionsFor).
   */
  pdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
    const job = this.queue.then(() => this.print(html, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async print(html: string, options: PdfOptions): Promise<Buffer> {
    try {
      return await this.printOnce(html, options);
    } catch (error) {
      if (!singleProcessFailed(this.chrome, error)) throw error;
      this.chrome = await ordinaryBrowserFor(this.chrome);
      this.session = await attach(this.chrome);
      return this.printOnce(html, options);
    }
  }

  private async printOnce(html: string, options: PdfOptions): Promise<Buffer> {
    const { cdp } = this.chrome;
    const file = join(this.dir, `handout-${++this.count}.html`);
    await writeFile(file, html);
    try {
      const loaded = cdp.waitFor('Page.loadEventFired', this.session);
      loaded.catch(() => undefined); // awaited below; navigating can fail first
      const navigation = await cdp.send('Page.navigate', { url: pathToFileURL(file).href }, this.session);
      if (navigation.errorText) throw new Error(`Chromium could not open the handout page: ${String(navigation.errorText)}`);
      await withTimeout(loaded, LOAD_TIMEOUT_MS, 'loading the handout');
      // The page has no script of its own (the deck HTML is sanitised). Load the page chrome's face
      // first: text in the page margins (header, footer) is laid out only at print time, too late
      // to fetch a font, and would print blank. fonts.ready covers the faces the body uses.
      await cdp.send('Runtime.evaluate', { expression: LOAD_FONTS, awaitPromise: true }, this.session);
      const { data } = await cdp.send('Page.printToPDF', {
        ...PRINT_OPTIONS,
        generateTaggedPDF: Boolean(options.tagged),
        generateDocumentOutline: Boolean(options.outline),
        transferMode: 'ReturnAsBase64',
      }, this.session);
      return Buffer.from(data as string, 'base64');
    } finally {
      await rm(file, { force: true });
    }
  }

  async close(): Promise<void> {
    if (this.chrome.singleProcess) {
      // Every PDF is in hand and the profile is thrown away: nothing in a one-process browser is
      // worth the 0.3 s an orderly shutdown takes to save it.
      await this.chrome.stop(0, true);
    } else {
      // Killed, a multi-process browser's helpers could still be writing to the profile as it is removed.
      await this.chrome.cdp.send('Browser.close').catch(() => undefined);
      await this.chrome.stop(2000);
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

// Single-process Chromium is unsupported upstream: if one dies or stops answering, an ordinary
// browser takes over (once).
function singleProcessFailed(chrome: StartedChrome, error: unknown): boolean {
  return chrome.singleProcess && (chrome.cdp.closed || error instanceof ChromeTimeoutError);
}

async function ordinaryBrowserFor(chrome: StartedChrome): Promise<StartedChrome> {
  await chrome.stop();
  return startChrome(chrome.executablePath, { singleProcess: false });
}

/** Attaches to the browser's first tab and readies it for printing: print media, no network. */
async function attach(chrome: StartedChrome): Promise<string> {
  const { cdp } = chrome;
  // use the tab the browser opened at start (a new tab would cost another renderer process)
  const { targetInfos } = await withTimeout(cdp.send('Target.getTargets'), chrome.singleProcess ? SINGLE_PROCESS_START_MS : LOAD_TIMEOUT_MS, 'starting');
  const blank = (targetInfos as Array<{ targetId: string; type: string }>).find((t) => t.type === 'page');
  const targetId = blank?.targetId ?? (await cdp.send('Target.createTarget', { url: 'about:blank' })).targetId;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const session = sessionId as string;
  await cdp.send('Page.enable', {}, session);
  // The page is only ever printed: laid out once for print media, not first for a screen.
  await cdp.send('Emulation.setEmulatedMedia', { media: 'print' }, session);
  // refuse anything that would go online (remote images, fonts, links the deck points at)
  cdp.on('Fetch.requestPaused', (params, sid) => {
    if (sid === session) void cdp.send('Fetch.failRequest', { requestId: params.requestId, errorReason: 'BlockedByClient' }, session).catch(() => undefined);
  });
  await cdp.send('Fetch.enable', { patterns: ['http*', 'ws*', 'ftp*'].map((urlPattern) => ({ urlPattern })) }, session);
  return session;
}
