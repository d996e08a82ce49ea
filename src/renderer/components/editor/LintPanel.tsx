import type { Diagnostic } from '../../../core';

interface Props {
  diagnostics: readonly Diagnostic[];
  onSelect(line: number): void;
}

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;

/** Every problem in the deck with its line; a click puts the cursor on that line. */
export function LintPanel({ diagnostics, onSelect }: Props) {
  return (
    <section className="lint-panel" aria-label="Problems">
      <h2 className="lint-panel-title">
        Problems <span className="count">{diagnostics.length}</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={`${d.line}:${d.column}:${d.code}:${i}`}>
              <button className={`diagnostic ${d.severity}`} onClick={() => onSelect(d.line)} data-line={d.line}>
                <span className="diagnostic-icon" aria-label={d.severity}>{ICON[d.severity]}</span>
                <span className="diagnostic-line">Line {d.line}</span>
                <span className="diagnostic-message">{d.message}</span>
                <span className="diagnostic-code">{d.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
