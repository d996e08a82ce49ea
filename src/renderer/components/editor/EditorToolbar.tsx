interface Props {
  title: string;
  dirty: boolean;
  saving: boolean;
  status: string;
  slideLabel: string;
  onLibrary(): void;
  onSave(): void;
  onPresent(): void;
  onRehearse(): void;
  onHandouts(): void;
  onExport(): void;
}

export function EditorToolbar(p: Props) {
  return (
    <header className="toolbar editor-toolbar">
      <button onClick={p.onLibrary} aria-label="Back to the library">← Library</button>
      <h1 className="toolbar-title">
        {p.title}
        {p.dirty && <span className="dirty-indicator" title="Unsaved changes" aria-label="Unsaved changes"> ●</span>}
      </h1>
      <span className="muted status" role="status">{p.saving ? 'Saving…' : p.status}</span>
      <div className="toolbar-spacer" />
      <span className="slide-label">{p.slideLabel}</span>
      <button onClick={p.onSave} disabled={p.saving} className={p.dirty ? 'primary' : ''}>Save</button>
      <button onClick={p.onPresent}>Present</button>
      <button onClick={p.onRehearse}>Rehearse</button>
      <button onClick={p.onHandouts}>Handouts…</button>
      <button onClick={p.onExport}>Export…</button>
    </header>
  );
}
