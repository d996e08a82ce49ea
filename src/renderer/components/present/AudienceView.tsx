import { useEffect, useRef, useState } from 'react';
import { parse, type Deck } from '../../../core';
import { podium } from '../../api';
import type { PresentCommand as IpcCommand, PresentState } from '../../../shared/ipc-types';
import { RevealPreview } from '../../lib/reveal-preview';
import { commandForKey } from '../../lib/present-keys';
import { indexOf } from '../../lib/positions';
import { themeClass } from '../../lib/themes';
import { GoToPrompt } from './GoToPrompt';
import { routeLinksOutside } from '../../lib/external-links';
import { useDeckCss, useStyleScope } from '../../hooks/useDeckCss';

/** The projector: reveal.js full screen, driven by the console. Its keys are sent to the console. */
export function AudienceView() {
  const host = useRef<HTMLDivElement>(null);
  const reveal = useRef<RevealPreview | null>(null);
  const [deck, setDeck] = useState<Deck | null>(null);
  const [prompting, setPrompting] = useState(false);
  const [message, setMessage] = useState('');
  const scope = useStyleScope();
  useDeckCss(deck?.css, scope);

  useEffect(() => {
    let live = true;
    let preview: RevealPreview | null = null;
    let off = () => {};
    const unroute = routeLinksOutside(host.current!);
    void (async () => {
      const found = await podium.present.session();
      if (!found || !live) return setMessage('No presentation is running.');
      const file = await podium.workspace.readDeck(found.session.deckPath);
      const d = parse(file.source);
      if (!live) return;
      setDeck(d);
      preview = new RevealPreview(host.current!, (url) => file.assetBase + url, { scope, transition: 'slide' });
      reveal.current = preview;
      await preview.whenReady();
      preview.update(d);
      const apply = (state: PresentState) => {
        preview!.show(indexOf(state.position, d.slides), state.position.f);
        preview!.api?.togglePause(state.black);
        preview!.api?.toggleOverview(state.overview);
        host.current!.dataset.index = String(indexOf(state.position, d.slides));
        host.current!.dataset.black = String(state.black);
      };
      if (found.state) apply(found.state);
      off = podium.on('present:state', apply);
    })();
    return () => {
      live = false;
      off();
      unroute();
      preview?.destroy();
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (prompting) return;
      const cmd = commandForKey(e);
      if (!cmd) return;
      e.preventDefault();
      if (cmd.kind === 'goto-prompt') return setPrompting(true);
      const map: Record<string, IpcCommand['action']> = { next: 'next', down: 'next', prev: 'prev', up: 'prev', first: 'first', last: 'last', black: 'toggle-black', escape: 'overview' };
      void podium.present.command({ action: map[cmd.kind] } as IpcCommand);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prompting]);

  return (
    <div className={`audience ${scope} ${themeClass(deck?.meta.theme)}`}>
      {message && <p className="audience-message">{message}</p>}
      <div className="audience-stage" ref={host} data-testid="audience" />
      {prompting && deck && (
        <GoToPrompt
          count={deck.slides.length}
          onGo={(n) => {
            setPrompting(false);
            const s = deck.slides[n - 1];
            void podium.present.command({ action: 'goto', position: { h: s.h, v: s.v, f: -1 } });
          }}
          onCancel={() => setPrompting(false)}
        />
      )}
    </div>
  );
}
