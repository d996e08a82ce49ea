// The presenter's keys, the same in the console and the audience window (clickers send PageUp/PageDown).
export type PresentCommand =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto-prompt' }
  | { kind: 'black' }
  | { kind: 'escape' }
  | { kind: 'up' }
  | { kind: 'down' };

export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresentCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'n':
    case 'N':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
    case 'P':
      return { kind: 'prev' };
    case 'ArrowDown':
      return { kind: 'down' };
    case 'ArrowUp':
      return { kind: 'up' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'g':
    case 'G':
      return { kind: 'goto-prompt' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'black' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return undefined;
  }
}
