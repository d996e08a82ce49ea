// Escaping for the three places handout text lands: HTML text, HTML attributes and CSS strings.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A CSS string literal (for `content:`); `<` is escaped so the text can never close the <style>. */
export function cssString(text: string): string {
  const body = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3C ');
  return `"${body}"`;
}

/** Minutes as an agenda clock, `h:mm` (0:07, 1:30). */
export function clock(minutes: number): string {
  const total = Math.round(minutes);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Minutes as a duration, `5 min`, `1 h 30 min`; fractions are kept to the half minute. */
export function minutesLabel(minutes: number): string {
  const rounded = Math.round(minutes * 2) / 2;
  if (rounded < 60) return `${rounded} min`;
  const h = Math.floor(rounded / 60);
  const m = rounded - h * 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
