// Prints handout HTML to PDF with one headless Chromium for a whole run (starting a browser costs
// far more than a page). Pages load from file:// so the deck's relative images resolve; every other
// request is refused, so printing never touches the network.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChrome } from '../browser/launch';
import { CHROME_FONT_FAMILY } from './fonts';
import { PRINT_OPTIONS } from './build';
import type { StartedChrome } from './chrome-process';

const CHROME_FACES = JSON.stringify([`400 10pt "${CHROME_FONT_FAMILY}"`, `700 10pt "${CHROME_FONT_FAMILY}"`]);
const LOAD_FONTS = `Promise.all(${CHROME_FACES}.map((f) => document.fonts.load(f).catch(() => null))).then(() => document.fonts.ready).then(() => true)`;

export interface PdfOptions {
  tagged?: boolean;
  outline?: boolean;
}

export class HandoutPrinter {
  private count = 0;
  private page: Page | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly dir: string,
    private readonly started?: StartedChrome,
  ) {}

  /**
   * Starts Chromium through playwright-core (throws ChromeNotFoundError when none is installed), or
   * connects to one already started with startChrome().
   */
  static async open(browserOrPath?: string | StartedChrome): Promise<HandoutPrinter> {
    const started = typeof browserOrPath === 'object' ? browserOrPath : undefined;
    let browser: Browser | undefined;
    try {
      browser = started ? await chromium.connectOverCDP(await started.endpoint) : await launchChrome(browserOrPath as string | undefined);
      const context = started ? (browser.contexts()[0] ?? await browser.newContext()) : await browser.newContext();
      await context.route((url) => url.protocol !== 'file:' && url.protocol !== 'data:', (route) => route.abort('blockedbyclient'));
      const dir = await mkdtemp(join(tmpdir(), 'podium-handouts-'));
      return new HandoutPrinter(browser, context, dir, started);
    } catch (error) {
      await browser?.close().catch(() => undefined);
      await started?.stop();
      throw error;
    }
  }

  /**
   * The PDF bytes of one handout document. Calls made together are printed one after another.
   * `tagged` adds the PDF structure tree screen readers use (the outline asks for it; it doubles the
   * print time of picture-heavy layouts); `outline` adds bookmarks from the headings.
   */
  pdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
    const job = this.queue.then(() => this.print(html, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async print(html: string, options: PdfOptions): Promise<Buffer> {
    const file = join(this.dir, `handout-${++this.count}.html`);
    await writeFile(file, html);
    // One tab serves every document: opening a tab costs more than loading a page into it.
    this.page ??= await this.context.newPage();
    const page = this.page;
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      // The page has no script of its own (the deck HTML is sanitised). Load the page chrome's face
      // first: text in the page margins (header, footer) is laid out only at print time, too late
      // to fetch a font, and would print blank. fonts.ready covers the faces the body uses.
      await page.evaluate(LOAD_FONTS);
      return await page.pdf({ ...PRINT_OPTIONS, tagged: Boolean(options.tagged), outline: Boolean(options.outline) });
    } finally {
      await rm(file, { force: true });
    }
  }

  async close(): Promise<void> {
    if (this.started) {
      // connected over DevTools, close() only disconnects: ask the browser itself to quit
      const session = await this.browser.newBrowserCDPSession().catch(() => undefined);
      await session?.send('Browser.close').catch(() => undefined);
      await this.started.stop(2000);
    }
    await this.browser.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
