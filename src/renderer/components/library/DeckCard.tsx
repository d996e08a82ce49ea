import type { DeckSummary } from '../../../shared/ipc-types';
import { SlideView } from '../common/SlideView';
import { LintBadge } from './LintBadge';

interface Props {
  deck: DeckSummary;
  onOpen(): void;
  onPresent(): void;
  onRehearse(): void;
  onHandouts(): void;
  onExport(): void;
  onRename(): void;
  onDuplicate(): void;
  onTrash(): void;
}

function duration(deck: DeckSummary): string {
  const minutes = deck.durationMinutes ?? (deck.plannedSlideMinutes || null);
  return minutes === null ? 'no planned time' : `${Math.round(minutes)} min`;
}

export function DeckCard({ deck, ...on }: Props) {
  return (
    <li className="deck-card" data-path={deck.path}>
      <button className="deck-card-thumb" onClick={on.onOpen} aria-label={`Open ${deck.title}`}>
        <SlideView html={deck.firstSlideHtml} attributes={deck.firstSlideAttributes} assetBase={deck.assetBase} theme={deck.theme} label={`First slide of ${deck.title}`} />
      </button>
      <div className="deck-card-body">
        <h2 className="deck-card-title">{deck.title}</h2>
        <p className="deck-card-meta">
          <span className="deck-card-slides">{deck.slideCount} slides</span> · <span>{duration(deck)}</span> · <span className="deck-card-file">{deck.relativePath}</span>
        </p>
        <LintBadge lint={deck.lint} />
        {deck.hasRecovery && <p className="deck-card-recovery">Unsaved edits can be restored</p>}
      </div>
      <div className="deck-card-actions">
        <button onClick={on.onOpen}>Edit</button>
        <button onClick={on.onPresent}>Present</button>
        <button onClick={on.onRehearse}>Rehearse</button>
        <button onClick={on.onHandouts}>Handouts</button>
        <button onClick={on.onExport}>Export</button>
        <button onClick={on.onRename}>Rename</button>
        <button onClick={on.onDuplicate}>Duplicate</button>
        <button onClick={on.onTrash} className="danger">Delete</button>
      </div>
    </li>
  );
}
