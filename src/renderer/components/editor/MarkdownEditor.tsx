import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, highlightActiveLineGutter } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '../../../core';
import { toCmDiagnostics } from '../../lib/cm-diagnostics';

export interface MarkdownEditorHandle {
  getText(): string;
  /** Replaces the whole text (a reload from disk); keeps the cursor line when it still exists. */
  setText(text: string): void;
  goToLine(line: number): void;
  /** Inserts text at a document position (or the cursor) on a line of its own. */
  insertBlock(text: string, pos?: number): void;
  showDiagnostics(diagnostics: readonly Diagnostic[]): void;
  focus(): void;
}

interface Props {
  initialText: string;
  onChange(text: string): void;
  /** Called with the 1-based line of the main cursor whenever it moves. */
  onCursorLine(line: number): void;
  onSave(): void;
  /** Files dropped onto the editor, with the document position under the pointer. */
  onDropFiles(files: File[], pos: number): void;
}

export const MarkdownEditor = forwardRef<MarkdownEditorHandle, Props>(function MarkdownEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Callbacks change identity on every render; the editor is built once and reads them here.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const state = EditorState.create({
      doc: props.initialText,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        markdown(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        lintGutter(),
        EditorView.lineWrapping,
        keymap.of([
          { key: 'Mod-s', preventDefault: true, run: () => (latest.current.onSave(), true) },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) latest.current.onChange(u.state.doc.toString());
          if (u.docChanged || u.selectionSet) latest.current.onCursorLine(u.state.doc.lineAt(u.state.selection.main.head).number);
        }),
        EditorView.domEventHandlers({
          dragover: (e) => {
            if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
            return false;
          },
          drop: (e, v) => {
            const files = Array.from(e.dataTransfer?.files ?? []);
            if (files.length === 0) return false;
            e.preventDefault();
            const pos = v.posAtCoords({ x: e.clientX, y: e.clientY }) ?? v.state.selection.main.head;
            latest.current.onDropFiles(files, pos);
            return true;
          },
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Deck source (Markdown)' }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current! });
    latest.current.onCursorLine(1);
    return () => view.current?.destroy();
    // The initial text is only read once; later changes go through setText.
  }, []);

  useImperativeHandle(ref, () => ({
    getText: () => view.current!.state.doc.toString(),
    setText(text) {
      const v = view.current!;
      const line = v.state.doc.lineAt(v.state.selection.main.head).number;
      const next = Math.min(line, v.state.doc.length === 0 ? 1 : text.split('\n').length);
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
      const target = v.state.doc.line(Math.max(1, next));
      v.dispatch({ selection: { anchor: target.from } });
    },
    goToLine(line) {
      const v = view.current!;
      const target = v.state.doc.line(Math.min(Math.max(1, line), v.state.doc.lines));
      v.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: 'center' }) });
      v.focus();
    },
    insertBlock(text, pos) {
      const v = view.current!;
      const at = v.state.doc.lineAt(pos ?? v.state.selection.main.head);
      // A block of its own: after the line under the drop point, blank lines around it.
      const insert = `${at.length > 0 ? '\n' : ''}\n${text}\n`;
      v.dispatch({ changes: { from: at.to, insert }, selection: { anchor: at.to + insert.length - 1 } });
      v.focus();
    },
    showDiagnostics(diagnostics) {
      const v = view.current!;
      v.dispatch(setDiagnostics(v.state, toCmDiagnostics(v.state.doc, diagnostics)));
    },
    focus: () => view.current?.focus(),
  }), []);

  return <div className="markdown-editor" ref={host} />;
});
