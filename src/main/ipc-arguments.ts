// The argument checks for every channel of the contract. The mapped type makes the compiler
// insist that each channel has one and that it returns the contract's argument tuple.
import type { Channel, IpcArgs } from '../shared/ipc-contract';
import { args, boolean, bytes, integer, number, object, oneOf, optional, string, text } from './validate';

const path = string(4096);
const position = object({ h: integer(0, 100_000), v: integer(0, 100_000), f: integer(-1, 10_000) });
const handoutRequest = object({
  deckPath: path,
  layout: oneOf('slides-1', 'slides-2', 'slides-3', 'slides-6', 'notes', 'outline', 'card'),
  paper: oneOf('letter', 'a4'),
  largePrint: boolean,
});

function presentCommand(value: unknown, name: string) {
  const action = (value as { action?: unknown } | null)?.action;
  if (action === 'goto') return object({ action: oneOf('goto'), position })(value, name);
  return object({ action: oneOf('next', 'prev', 'first', 'last', 'toggle-black', 'overview', 'leave') })(value, name);
}

export const ARGUMENTS: { [C in Channel]: (raw: unknown[]) => IpcArgs<C> } = {
  'workspace:current': args(),
  'workspace:openFolder': args(),
  'workspace:openRecent': args(path),
  'workspace:recent': args(),
  'workspace:listDecks': args(),
  'workspace:readDeck': args(path),
  'workspace:saveDeck': args(object({ path, source: text(), baseMtimeMs: optional(number(0, Number.MAX_SAFE_INTEGER)) /* fractional, as fs.stat gives it */, force: optional(boolean) })),
  'workspace:listTemplates': args(),
  'workspace:createDeck': args(object({ folder: path, templateId: string(64), title: string(200) })),
  'workspace:renameDeck': args(path, string(200)),
  'workspace:duplicateDeck': args(path),
  'workspace:trashDeck': args(path),
  'workspace:closeDeck': args(path),
  'recovery:autosave': args(path, text()),
  'recovery:list': args(),
  'recovery:read': args(string(64)),
  'recovery:discard': args(string(64)),
  'assets:importImage': args(object({ deckPath: path, fileName: string(255), data: bytes(25 * 1024 * 1024) })),
  'present:listDisplays': args(),
  'present:start': args(
    object({ deckPath: path, start: optional(position), rehearse: optional(boolean), audienceDisplayId: optional(integer(0, Number.MAX_SAFE_INTEGER)) }),
  ),
  'present:stop': args(),
  'present:sync': args(object({ position, black: boolean, overview: boolean })),
  'present:command': args(presentCommand),
  'present:session': args(),
  'handouts:preview': args(handoutRequest),
  'handouts:print': args(handoutRequest),
  'handouts:savePdf': args(handoutRequest),
  'export:run': args(object({ deckPath: optional(path), mode: oneOf('folder', 'single-file'), theme: optional(string(64)), jobId: string(100) })),
  'export:openResult': args(path),
  'app:info': args(),
  'app:openExternal': args(string(2048)),
  'window:setDirty': args(boolean),
  'window:setTitle': args(string(300)),
  'window:toggleFullScreen': args(),
  'window:closeAfterSave': args(),
};
