import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { Deck } from '../../../core';
import { RevealPreview } from '../../lib/reveal-preview';
import { themeClass } from '../../lib/themes';
import { routeLinksOutside } from '../../lib/external-links';
import { useDeckCss, useStyleScope } from '../../hooks/useDeckCss';

export interface LivePreviewHandle {
  /** Patches the preview to the deck now (synchronously); returns the sections touched. */
  update(deck: Deck): number;
  show(index: number): void;
}

interface Props {
  assetBase: string;
  theme?: string;
  /** The deck's own <style> CSS. */
  css?: string;
}

/** The editor's reveal.js preview. Updates go through the handle, outside React's render cycle. */
export const LivePreview = forwardRef<LivePreviewHandle, Props>(function LivePreview({ assetBase, theme, css }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const preview = useRef<RevealPreview | null>(null);
  const pending = useRef<{ deck?: Deck; index: number }>({ index: 0 });
  const scope = useStyleScope();
  useDeckCss(css, scope);

  useEffect(() => {
    const p = new RevealPreview(host.current!, (url) => assetBase + url, { scope });
    preview.current = p;
    const unroute = routeLinksOutside(host.current!);
    void p.whenReady().then(() => {
      if (preview.current !== p) return;
      if (pending.current.deck) p.update(pending.current.deck);
      p.show(pending.current.index);
      p.layoutNow();
    });
    return () => {
      preview.current = null;
      unroute();
      p.destroy();
    };
  }, [assetBase, scope]);

  useImperativeHandle(ref, () => ({
    update(deck) {
      pending.current.deck = deck;
      const touched = preview.current?.update(deck) ?? 0;
      // For tests and the benchmark: how many sections the last keystroke re-rendered.
      if (host.current) {
        host.current.dataset.touched = String(touched);
        host.current.dataset.updates = String(Number(host.current.dataset.updates ?? 0) + 1);
      }
      host.current?.dispatchEvent(new CustomEvent('podium:preview-updated', { bubbles: true, detail: { touched } }));
      return touched;
    },
    show(index) {
      pending.current.index = index;
      preview.current?.show(index);
    },
  }), []);

  return (
    <div className={`live-preview ${scope} ${themeClass(theme)}`}>
      <div className="live-preview-stage" ref={host} data-testid="live-preview" />
    </div>
  );
});
