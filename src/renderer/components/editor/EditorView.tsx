import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../../core';
import { podium } from '../../api';
import { useDeckDocument } from '../../hooks/useDeckDocument';
import { useDeckParser } from '../../hooks/useDeckModel';
import { useDebounced } from '../../hooks/useDebounced';
import { slideAtLine } from '../../lib/slide-at-line';
import type { Navigate } from '../MainWindow';
import { MarkdownEditor, type MarkdownEditorHandle } from './MarkdownEditor';
import { LivePreview, type LivePreviewHandle } from './LivePreview';
import { LintPanel } from './LintPanel';
import { EditorToolbar } from './EditorToolbar';
import { ConflictDialog } from './ConflictDialog';
import { RecoveryOffer } from './RecoveryOffer';

const IMAGE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

interface Props {
  path: string;
  recoveryId?: string;
  nav: Navigate;
}

/**
 * Markdown on the left, the deck as reveal.js on the right. A keystroke parses incrementally and
 * patches the preview straight away; the lint panel and inline diagnostics follow a moment later.
 */
export function EditorView({ path, recoveryId, nav }: Props) {
  const editor = useRef<MarkdownEditorHandle>(null);
  const preview = useRef<LivePreviewHandle>(null);
  const parseText = useDeckParser();
  const deckRef = useRef<Deck | null>(null);
  const cursorLine = useRef(1);
  const [deck, setDeck] = useState<Deck | null>(null);
  const [slide, setSlide] = useState(0);
  const doc = useDeckDocument(path, recoveryId, (text) => editor.current?.setText(text));

  const publish = useDebounced((d: Deck) => {
    setDeck(d);
    editor.current?.showDiagnostics(d.diagnostics);
  }, 120);

  const render = useCallback((text: string) => {
    // User-timing marks: the benchmark reads them to split a keystroke into parse and preview.
    const t0 = performance.now();
    const d = parseText(text);
    const t1 = performance.now();
    deckRef.current = d;
    preview.current?.update(d);
    const index = slideAtLine(d.slides, cursorLine.current);
    preview.current?.show(index);
    performance.measure('podium:parse', { start: t0, end: t1 });
    performance.measure('podium:preview', { start: t1, end: performance.now() });
    setSlide(index);
    publish(d);
  }, [parseText, publish]);

  useEffect(() => {
    if (doc.initialText !== null) render(doc.initialText);
  }, [doc.initialText, render]);

  const onChange = (text: string) => {
    render(text);
    doc.changed(text);
  };

  const onCursorLine = (line: number) => {
    cursorLine.current = line;
    const d = deckRef.current;
    if (!d) return;
    const index = slideAtLine(d.slides, line);
    preview.current?.show(index);
    setSlide(index);
  };

  const save = useCallback(async () => (editor.current ? doc.save(editor.current.getText()) : false), [doc]);

  const present = async (rehearse: boolean) => {
    // Presenting reads the deck from disk: save first so the audience sees what is on screen here.
    if (doc.dirty && !(await save())) return;
    nav.present(path, rehearse);
  };

  const onDropFiles = async (files: File[], pos: number) => {
    for (const file of files) {
      if (!IMAGE.test(file.name)) continue;
      const result = await podium.assets.importImage({ deckPath: path, fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      if (result.ok) editor.current?.insertBlock(result.markdown, pos);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    const offMenu = podium.on('app:menu', (command) => {
      if (command === 'save') void save();
      if (command === 'save-and-close') void save().then(async (ok) => { if (ok) await podium.window.closeAfterSave(); });
      if (command === 'close-deck') nav.library();
      if (command === 'present') void present(false);
      if (command === 'rehearse') void present(true);
      if (command === 'handouts') nav.handouts(path);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  });

  useEffect(() => {
    const title = deck?.meta.title || path.split(/[\\/]/).pop() || 'Podium';
    void podium.window.setTitle(`${doc.dirty ? '● ' : ''}${title} — Podium`);
  }, [deck?.meta.title, doc.dirty, path]);

  if (doc.error) return <p className="error-page" role="alert">{doc.error} <button onClick={nav.library}>Back to the library</button></p>;
  if (!doc.file || doc.initialText === null) return <p className="loading">Opening…</p>;

  const title = deck?.meta.title || path.split(/[\\/]/).pop() || '';
  return (
    <div className="editor-screen">
      <EditorToolbar
        title={title}
        dirty={doc.dirty}
        saving={doc.saving}
        status={doc.status}
        slideLabel={deck ? `Slide ${slide + 1} of ${deck.slides.length}` : ''}
        onLibrary={nav.library}
        onSave={() => void save()}
        onPresent={() => void present(false)}
        onRehearse={() => void present(true)}
        onHandouts={() => nav.handouts(path)}
        onExport={() => nav.exportDecks(path)}
      />
      {doc.recoveryOffer && <RecoveryOffer entry={doc.recoveryOffer} onRestore={() => void doc.restoreOffer()} onDiscard={doc.dismissOffer} />}
      {doc.deleted && <p className="banner warning" role="alert">The file was deleted or moved by another program. Save to write it again.</p>}
      <div className="editor-split">
        <MarkdownEditor ref={editor} initialText={doc.initialText} onChange={onChange} onCursorLine={onCursorLine} onSave={() => void save()} onDropFiles={(files, pos) => void onDropFiles(files, pos)} />
        <div className="editor-side">
          <LivePreview ref={preview} assetBase={doc.file.assetBase} theme={deck?.meta.theme} css={deck?.css} />
          <LintPanel diagnostics={deck?.diagnostics ?? []} onSelect={(line) => editor.current?.goToLine(line)} />
        </div>
      </div>
      {doc.conflict && editor.current && (
        <ConflictDialog
          mine={editor.current.getText()}
          theirs={doc.conflict.source}
          onKeepMine={() => void doc.save(editor.current!.getText(), true)}
          onTakeTheirs={() => doc.acceptDisk(doc.conflict!)}
        />
      )}
    </div>
  );
}
