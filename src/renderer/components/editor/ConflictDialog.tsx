import { useMemo, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { lineDiff } from '../../lib/line-diff';

interface Props {
  mine: string;
  theirs: string;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** The deck changed on disk while it had unsaved edits here: nothing is overwritten without asking. */
export function ConflictDialog({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const [comparing, setComparing] = useState(false);
  const diff = useMemo(() => (comparing ? lineDiff(mine, theirs) : []), [comparing, mine, theirs]);
  return (
    <Dialog title="This deck was changed by another program" onClose={() => undefined} className="conflict-dialog">
      <p>You have unsaved edits here, and the file on disk is different. Which version do you want?</p>
      {comparing && (
        <pre className="diff" aria-label="Differences">
          {diff.map((line, i) => (
            <div key={i} className={`diff-${line.kind}`}>
              {line.kind === 'mine' ? '− ' : line.kind === 'theirs' ? '+ ' : '  '}
              {line.text}
            </div>
          ))}
        </pre>
      )}
      {comparing && <p className="muted">− only in your edits · + only in the file on disk</p>}
      <div className="dialog-buttons">
        <button onClick={() => setComparing((c) => !c)}>{comparing ? 'Hide comparison' : 'Compare'}</button>
        <button onClick={onTakeTheirs}>Take theirs</button>
        <button className="primary" onClick={onKeepMine}>Keep mine</button>
      </div>
    </Dialog>
  );
}
