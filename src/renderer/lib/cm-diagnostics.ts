import type { Text } from '@codemirror/state';
import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../../core';

/** Engine diagnostics (1-based line/column) to CodeMirror ranges; a range covers the rest of the line. */
export function toCmDiagnostics(doc: Text, diagnostics: readonly Diagnostic[]): CmDiagnostic[] {
  return diagnostics.map((d) => {
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
    return { from, to: Math.max(from, line.to), severity: d.severity, message: d.message, source: d.code };
  });
}
