/** Maps character offsets in a text to 1-based line and column numbers (binary search). */
export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    // Counted first, so the offsets fill one typed array instead of a growing list.
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Uint32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts[line++] = i + 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1] + 1;
  }
}
