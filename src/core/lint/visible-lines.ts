// Estimates how many lines of text a slide shows, from its sanitised HTML: one per block (paragraph,
// list item, heading, table row, line break), long blocks wrapping at a projected line's width,
// code blocks counted line by line. An estimate is enough: it only decides an overfull warning.
const CHARS_PER_LINE = 55;
const PRE_BLOCK = /<pre\b[^>]*>([\s\S]*?)<\/pre>/gi;
const BLOCK_BOUNDARY = /<\/?(?:p|li|h[1-6]|tr|dt|dd|blockquote|figcaption|div|ul|ol|table|thead|tbody|section|aside|header|footer)\b[^>]*>|<br\s*\/?>/gi;
const FIRST_HEADING = /<h[1-6]\b[^>]*>[\s\S]*?<\/h[1-6]>/i;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;

function textLength(html: string): number {
  return html.replace(TAG, '').replace(ENTITY, 'x').replace(/\s+/g, ' ').trim().length;
}

/** Lines of text on a slide, not counting its title heading. */
export function visibleLines(html: string, title = ''): number {
  let lines = 0;
  let rest = html.replace(PRE_BLOCK, (_, code: string) => {
    lines += code.replace(TAG, '').replace(/\n+$/, '').split('\n').length;
    return '<p></p>';
  });
  if (title) rest = rest.replace(FIRST_HEADING, '');
  for (const block of rest.split(BLOCK_BOUNDARY)) {
    const length = textLength(block);
    if (length > 0) lines += Math.ceil(length / CHARS_PER_LINE);
  }
  return lines;
}
