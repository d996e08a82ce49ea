// Prints handout HTML to PDF with one headless Chromium for a whole run (starting a browser costs
// far more than a page). Pages load from file:// so the deck's relative images resolve; every other
// request is refused, so printing never touches the network.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChrome } from '../browser/launch';
import { PRINT_OPTIONS } from './build';

export class HandoutPrinter {
  private count = 0;
  private page: Page | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly browser: Browser, private readonly context: BrowserContext, private readonly dir: string) {}

  /** Starts Chromium; throws ChromeNotFoundError when none is installed. */
  static async open(executablePath?: string): Promise<HandoutPrinter> {
    const browser = await launchChrome(executablePath);
    try {
      const context = await browser.newContext();
      await context.route((url) => url.protocol !== 'file:' && url.protocol !== 'data:', (route) => route.abort('blockedbyclient'));
      const dir = await mkdtemp(join(tmpdir(), 'podium-handouts-'));
      return new HandoutPrinter(browser, context, dir);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The PDF bytes of one handout document. Calls made together are printed one after another. */
  pdf(html: string, options: { outline?: boolean } = {}): Promise<Buffer> {
    const job = this.queue.then(() => this.print(html, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async print(html: string, options: { outline?: boolean }): Promise<Buffer> {
    const file = join(this.dir, `handout-${++this.count}.html`);
    await writeFile(file, html);
    // One tab serves every document: opening a tab costs more than loading a page into it.
    this.page ??= await this.context.newPage();
    const page = this.page;
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      // The page has no script of its own (the deck HTML is sanitised). Load every declared face
      // first: text in the page margins (header, footer) is laid out only at print time, too late
      // to fetch a font, and would print blank.
      await page.evaluate('Promise.all([...document.fonts].map((f) => f.load().catch(() => null))).then(() => document.fonts.ready).then(() => true)');
      return await page.pdf({ ...PRINT_OPTIONS, tagged: true, outline: Boolean(options.outline) });
    } finally {
      await rm(file, { force: true });
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
