const DURATION_RE = /^\s*(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in(?:utes?|s)?)?)?\s*$/i;

/** Minutes from `45m`, `1h30m`, `1.5h`, `90` or `90 minutes`; undefined when unreadable. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const plain = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(plain)) return Number(plain);
  const match = DURATION_RE.exec(plain);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/** `1h 05m`, `45m`, `2.5m`. */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  if (rounded < 60) return `${rounded}m`;
  const h = Math.floor(rounded / 60);
  const m = Math.round(rounded - h * 60);
  return m ? `${h}h ${String(m).padStart(2, '0')}m` : `${h}h`;
}
