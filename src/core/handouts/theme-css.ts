// Theme CSS is written for the screen. On a handout its print rules would undo the thumbnails
// (reveal.js's print sheet resets slide positions and the paper size), so they are cut out.

const PRINT_AT_RULE = /@media\s+(?:only\s+)?print\b[^{]*\{|@page\b[^{]*\{/gi;

/** The CSS without `@media print {…}` blocks and `@page {…}` rules. */
export function stripPrintRules(css: string): string {
  let out = '';
  let from = 0;
  PRINT_AT_RULE.lastIndex = 0;
  for (let m = PRINT_AT_RULE.exec(css); m; m = PRINT_AT_RULE.exec(css)) {
    out += css.slice(from, m.index);
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}') depth--;
    }
    from = i;
    PRINT_AT_RULE.lastIndex = i;
  }
  return out + css.slice(from);
}
