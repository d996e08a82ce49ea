import { useLayoutEffect, useRef } from 'react';
import { escapeHtml } from '../../../core';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../lib/reveal-preview';
import { resolveAssets } from '../../lib/assets';
import { showFragments } from '../../lib/fragments';
import { themeClass } from '../../lib/themes';
import { scopeStyles } from '../../lib/scoped-styles';
import { useStyleScope } from '../../hooks/useDeckCss';

interface Props {
  html: string;
  attributes: Record<string, string>;
  /** Base URL for the deck's relative assets (ends with `/`). */
  assetBase: string;
  theme?: string;
  /** Fragment steps shown; undefined shows the slide complete (thumbnails, handouts). */
  fragments?: number;
  label?: string;
  className?: string;
}

function sectionMarkup(html: string, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  return `<section${attrs}>${html}</section>`;
}

/**
 * One slide drawn statically at the deck's size and scaled to its box: thumbnails, the presenter's
 * current and next slide. No reveal.js instance, so dozens can be on screen at once.
 */
export function SlideView({ html, attributes, assetBase, theme, fragments, label, className }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const slides = useRef<HTMLDivElement>(null);
  const scope = useStyleScope();

  useLayoutEffect(() => {
    const el = slides.current!;
    el.innerHTML = sectionMarkup(html, attributes);
    const section = el.firstElementChild as HTMLElement;
    resolveAssets(section, (url) => assetBase + url);
    scopeStyles(section, scope);
    // Media in a thumbnail never plays.
    section.querySelectorAll('video, audio').forEach((m) => m.removeAttribute('autoplay'));
    section.classList.add('present');
    showFragments(section, fragments ?? Number.MAX_SAFE_INTEGER);
    const bg = attributes['data-background-color'];
    const img = attributes['data-background-image'];
    box.current!.style.background = bg ?? '';
    box.current!.style.backgroundImage = img ? `url("${assetBase}${img}")` : '';
  }, [html, attributes, assetBase, fragments, scope]);

  useLayoutEffect(() => {
    const outer = box.current!;
    const fit = () => {
      const scale = outer.clientWidth / SLIDE_WIDTH;
      outer.style.setProperty('--slide-scale', String(scale || 0.2));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    return () => observer.disconnect();
  }, []);

  return (
    <div className={`slide-view ${scope} ${className ?? ''}`} ref={box} role="img" aria-label={label} data-theme={theme}>
      <div className={`reveal slide-view-stage ${themeClass(theme)}`} style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT }}>
        <div className="slides" ref={slides} />
      </div>
    </div>
  );
}
