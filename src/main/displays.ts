// Which screen shows what: the audience window goes to the external display (projector) when there
// is one, the presenter console stays on the laptop. Pure functions over display data, so the
// choice is tested without screens.
import type { Display } from 'electron';
import type { DisplayInfo } from '../shared/ipc-types';

export function toDisplayInfo(display: Display, primaryId: number | undefined): DisplayInfo {
  return {
    id: display.id,
    label: display.label || `${display.size.width}×${display.size.height}`,
    bounds: { ...display.bounds },
    primary: display.id === primaryId,
    internal: display.internal === true,
    scaleFactor: display.scaleFactor,
  };
}

export interface DisplayChoice {
  console: DisplayInfo;
  audience: DisplayInfo;
  /** True when the audience has a screen of its own: then it goes fullscreen there. */
  separate: boolean;
}

/** The laptop's screen: the built-in panel if the system says which, else the primary display. */
export function laptopDisplay(displays: DisplayInfo[]): DisplayInfo {
  return displays.find((d) => d.internal) ?? displays.find((d) => d.primary) ?? displays[0];
}

/**
 * Chooses screens for a talk. `requestedAudienceId` (the user's pick) wins when that display exists
 * and is not the console's; otherwise the largest display other than the console's.
 */
export function chooseDisplays(displays: DisplayInfo[], options: { consoleDisplayId?: number; requestedAudienceId?: number } = {}): DisplayChoice {
  if (displays.length === 0) throw new Error('No display is connected.');
  const console = displays.find((d) => d.id === options.consoleDisplayId) ?? laptopDisplay(displays);
  const others = displays.filter((d) => d.id !== console.id);
  const requested = others.find((d) => d.id === options.requestedAudienceId);
  const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;
  const audience = requested ?? [...others].sort((a, b) => area(b) - area(a) || a.id - b.id)[0];
  return audience ? { console, audience, separate: true } : { console, audience: console, separate: false };
}

/** Which display holds most of a window (for "where is the console now?"). */
export function displayForBounds(displays: DisplayInfo[], bounds: { x: number; y: number; width: number; height: number }): DisplayInfo | undefined {
  const overlap = (d: DisplayInfo) =>
    Math.max(0, Math.min(bounds.x + bounds.width, d.bounds.x + d.bounds.width) - Math.max(bounds.x, d.bounds.x)) *
    Math.max(0, Math.min(bounds.y + bounds.height, d.bounds.y + d.bounds.height) - Math.max(bounds.y, d.bounds.y));
  const best = [...displays].sort((a, b) => overlap(b) - overlap(a))[0];
  return best && overlap(best) > 0 ? best : undefined;
}
