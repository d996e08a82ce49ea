// Media types for the files a deck links, by extension: data: URIs need one, and the kind decides
// what a single-file export inlines (images, fonts) and what it must leave out (video, audio).
const TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', bmp: 'image/bmp', ico: 'image/x-icon',
  mp4: 'video/mp4', m4v: 'video/mp4', webm: 'video/webm', ogv: 'video/ogg', mov: 'video/quicktime',
  mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', flac: 'audio/flac',
  vtt: 'text/vtt', pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv',
  woff2: 'font/woff2', woff: 'font/woff',
};

/** Files a click could open as an active document (scripts would run): never copied or linked. */
const ACTIVE = /\.(?:html?|xhtml|xht|svgz?|xml|xsl|js|mjs|swf|hta|shtml|php)$/i;

export function extensionOf(path: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(path);
  return match ? match[1].toLowerCase() : '';
}

export function mimeType(path: string): string {
  return TYPES[extensionOf(path)] ?? 'application/octet-stream';
}

export function isTimedMedia(path: string): boolean {
  const type = mimeType(path);
  return type.startsWith('video/') || type.startsWith('audio/');
}

export function isActiveDocument(path: string): boolean {
  return ACTIVE.test(path);
}
