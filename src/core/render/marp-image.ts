// Marp's image keywords in alt text: `![bg contain](x)`, `![w:300px h:200px](x)`, `![sepia](x)`.

export interface ImageKeywords {
  alt: string;
  width?: string;
  height?: string;
  style?: string;
  background?: { size?: string; position?: string };
}

const SIZE = /^(w|width|h|height):(\d+(?:\.\d+)?(?:px|em|rem|%|cm|mm|in|pt|vw|vh)?|auto)$/i;
const BG_SIZES: Record<string, string> = { contain: 'contain', fit: 'contain', cover: 'cover', auto: 'auto' };
const BG_SIDES = new Set(['left', 'right', 'vertical']);
const FILTER = /^(blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::([\w.#%-]+))?$/i;
const PERCENT = /^\d+(?:\.\d+)?%$/;

export function readImageKeywords(text: string): ImageKeywords {
  const words = text.split(/\s+/).filter(Boolean);
  const result: ImageKeywords = { alt: '' };
  const alt: string[] = [];
  const filters: string[] = [];
  const isBackground = words.some((w) => w.toLowerCase() === 'bg');
  let bgSize: string | undefined;
  let bgPosition: string | undefined;
  for (const word of words) {
    const lower = word.toLowerCase();
    const size = SIZE.exec(word);
    const filter = FILTER.exec(word);
    if (lower === 'bg') continue;
    if (size) {
      const value = /^\d+(?:\.\d+)?$/.test(size[2]) ? `${size[2]}px` : size[2];
      if (size[1].toLowerCase().startsWith('w')) result.width = value;
      else result.height = value;
    } else if (isBackground && BG_SIZES[lower]) {
      bgSize = BG_SIZES[lower];
    } else if (isBackground && PERCENT.test(word)) {
      bgSize = word;
    } else if (isBackground && BG_SIDES.has(lower)) {
      bgPosition = lower === 'vertical' ? undefined : lower;
    } else if (filter) {
      filters.push(`${filter[1]}(${filter[2] ?? ''})`);
    } else {
      alt.push(word);
    }
  }
  result.alt = alt.join(' ');
  if (filters.length) result.style = `filter: ${filters.join(' ')}`;
  if (isBackground) result.background = { size: bgSize ?? 'cover', position: bgPosition };
  return result;
}
