// Handout printing: build the pages (core/handouts) with theme, fonts and QR codes, print with Chromium.
export { buildHandout, pdfOptionsFor, PRINT_OPTIONS, type BuildOptions, type PdfOptions } from './build';
export { makeHandouts, deckSlug, type HandoutJob, type MakeOptions, type MakeResult, type MadeFile } from './make';
export { HandoutPrinter } from './printer';
export { defaultPaper, systemPaper, paperForLocale } from './paper';
export { qrSvg, qrSvgs } from './qr';
export { writeFileAtomic } from './write';
export { startChrome, chosenBrowser, EARLY_CHROME_ARGS, ChromeMissingError, type StartedChrome } from './chrome-process';
