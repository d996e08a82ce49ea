import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { podium } from '../../api';
import type { PresentSession } from '../../../shared/ipc-types';
import { useOpenDeck } from '../../hooks/useOpenDeck';
import { useNow } from '../../hooks/useNow';
import { commandForKey, type PresentCommand } from '../../lib/present-keys';
import { goTo, START, step, upcoming, type PresentPosition } from '../../lib/present-state';
import { indexOf, toPresentState } from '../../lib/positions';
import { SlideView } from '../common/SlideView';
import { PresenterTimer } from './PresenterTimer';
import { NotesPane } from './NotesPane';
import { SlideStrip } from './SlideStrip';
import { GoToPrompt } from './GoToPrompt';
import { RehearsalSummary } from './RehearsalSummary';
import { useDeckCss, useStyleScope } from '../../hooks/useDeckCss';

interface Props {
  path: string;
  rehearse: boolean;
  onLeave(): void;
}

/**
 * The presenter's screen: current and next slide, notes, timing against the agenda, slide strip.
 * It owns the position; the audience window mirrors it and forwards its keys back here.
 */
export function PresenterConsole({ path, rehearse, onLeave }: Props) {
  const { open, error } = useOpenDeck(path);
  const [session, setSession] = useState<PresentSession | null>(null);
  const [pos, setPos] = useState<PresentPosition>(START);
  const [prompting, setPrompting] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [slideSince, setSlideSince] = useState(() => Date.now());
  const [finished, setFinished] = useState(false);
  const recorded = useRef(new Map<number, number>());
  const now = useNow(500);
  const slides = useMemo(() => open?.deck.slides ?? [], [open]);
  const steps = useMemo(() => slides.map((s) => s.fragments), [slides]);
  const scope = useStyleScope();
  useDeckCss(open?.deck.css, scope);

  useEffect(() => {
    let live = true;
    void podium.present.start({ deckPath: path, rehearse }).then((s) => live && setSession(s));
    const offEnded = podium.on('present:ended', () => setSession((s) => (s ? { ...s, audienceDisplayId: null } : s)));
    const offDisplays = podium.on('present:displays', (d) => setSession((s) => (s ? { ...s, displays: d.displays, audienceDisplayId: d.audienceDisplayId } : s)));
    return () => {
      live = false;
      offEnded();
      offDisplays();
      void podium.present.stop();
    };
  }, [path, rehearse]);

  // Time per slide: what rehearsal records, and what the pace is judged by.
  const posRef = useRef(pos);
  const sinceRef = useRef(slideSince);
  const moveTo = useCallback((next: PresentPosition) => {
    const prev = posRef.current;
    if (next.index !== prev.index) {
      const t = Date.now();
      recorded.current.set(prev.index, (recorded.current.get(prev.index) ?? 0) + (t - sinceRef.current));
      sinceRef.current = t;
      setSlideSince(t);
    }
    posRef.current = next;
    setPos(next);
  }, []);

  const leave = useCallback(() => {
    const t = Date.now();
    recorded.current.set(posRef.current.index, (recorded.current.get(posRef.current.index) ?? 0) + (t - sinceRef.current));
    sinceRef.current = t;
    if (rehearse) setFinished(true);
    else onLeave();
  }, [rehearse, onLeave]);

  const run = useCallback((cmd: PresentCommand) => {
    if (cmd.kind === 'goto-prompt') return setPrompting(true);
    // Esc closes the overview; otherwise it leaves a rehearsal and opens the overview in a talk.
    if (cmd.kind === 'escape' && !pos.overview && (rehearse || session?.audienceDisplayId === null)) return leave();
    moveTo(step(pos, cmd, steps));
  }, [pos, steps, rehearse, session, leave, moveTo]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (prompting || finished || (e.target as HTMLElement).closest?.('input, textarea, select, dialog')) return;
      const cmd = commandForKey(e);
      if (!cmd) return;
      e.preventDefault();
      run(cmd);
    };
    window.addEventListener('keydown', onKey);
    const offCommand = podium.on('present:command', (c) => {
      if (c.action === 'goto') return moveTo(goTo(pos, indexOf(c.position, slides), steps));
      if (c.action === 'leave') return leave();
      const map = { next: 'next', prev: 'prev', first: 'first', last: 'last', 'toggle-black': 'black', overview: 'escape' } as const;
      moveTo(step(pos, { kind: map[c.action] }, steps));
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offCommand();
    };
  }, [run, prompting, finished, pos, slides, steps, moveTo, leave]);

  useEffect(() => {
    if (session && slides.length > 0) void podium.present.sync(toPresentState(pos, slides));
  }, [pos, slides, session]);

  if (error) return <p className="error-page" role="alert">{error} <button onClick={onLeave}>Back</button></p>;
  if (!open) return <p className="loading">Opening…</p>;
  const { deck, file } = open;
  if (finished) return <RehearsalSummary file={file} deck={deck} recorded={recorded.current} onDone={onLeave} />;

  const current = slides[pos.index];
  const next = upcoming(pos, steps);
  const nextSlide = next ? slides[next.index] : undefined;
  const audience = session?.audienceDisplayId != null;

  return (
    <div className={`presenter ${scope} ${pos.black ? 'is-black' : ''}`} data-index={pos.index} data-fragment={pos.fragment}>
      <header className="toolbar presenter-toolbar">
        <h1 className="toolbar-title">{rehearse ? 'Rehearsing: ' : ''}{deck.meta.title || 'Untitled deck'}</h1>
        <span className="presenter-where">Slide {pos.index + 1} of {slides.length}{current?.fragments ? ` · step ${pos.fragment}/${current.fragments}` : ''}</span>
        <span className={`presenter-audience ${audience ? 'on' : 'off'}`}>{rehearse ? 'Rehearsal: no audience window' : audience ? 'Audience window on' : 'Audience window closed'}</span>
        {pos.black && <span className="black-indicator" role="status">Screen is black (B to show)</span>}
        <div className="toolbar-spacer" />
        <button onClick={() => run({ kind: 'prev' })} aria-label="Previous">◀</button>
        <button onClick={() => run({ kind: 'next' })} aria-label="Next">▶</button>
        <button onClick={() => run({ kind: 'black' })}>{pos.black ? 'Show screen' : 'Black screen'}</button>
        <button onClick={() => { const t = Date.now(); setStartedAt(t); setSlideSince(t); sinceRef.current = t; recorded.current.clear(); }}>Reset timer</button>
        <button onClick={leave} className="primary">{rehearse ? 'Finish rehearsal' : 'End show'}</button>
      </header>
      <div className="presenter-main">
        <section className="presenter-current" aria-label="Current slide">
          {current && <SlideView html={current.html} attributes={current.attributes} assetBase={file.assetBase} theme={deck.meta.theme} fragments={pos.fragment} label={`Current slide: ${current.title}`} />}
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label="Next">
            <h2>{next ? (next.index === pos.index ? 'Next: fragment' : 'Next slide') : 'End of deck'}</h2>
            {nextSlide && next && <SlideView html={nextSlide.html} attributes={nextSlide.attributes} assetBase={file.assetBase} theme={deck.meta.theme} fragments={next.fragment} label={`Next: ${nextSlide.title}`} />}
          </section>
          <PresenterTimer slides={slides} duration={deck.meta.duration} index={pos.index} elapsed={now - startedAt} slideElapsed={now - slideSince} now={now} />
        </aside>
        <NotesPane html={current?.notesHtml ?? ''} />
      </div>
      <SlideStrip slides={slides} current={pos.index} assetBase={file.assetBase} theme={deck.meta.theme} onJump={(i) => moveTo(goTo(pos, i, steps))} />
      {prompting && (
        <GoToPrompt
          count={slides.length}
          onGo={(n) => { setPrompting(false); moveTo(goTo(pos, n - 1, steps)); }}
          onCancel={() => setPrompting(false)}
        />
      )}
    </div>
  );
}
