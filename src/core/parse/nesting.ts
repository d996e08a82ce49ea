import type { SlideProblem } from './render-slide';

// marked recurses once per nesting level (and lists cost more than linear time per level), so
// absurd nesting is flattened before rendering; code fences are left alone.
const MAX_QUOTE_DEPTH = 20;
const MAX_INDENT = 48;
const DEEP_QUOTE = new RegExp(`^( {0,3}(?:>[ \\t]?){${MAX_QUOTE_DEPTH}})(?:>[ \\t]?)+`);
const DEEP_INDENT = new RegExp(`^([ \\t]{${MAX_INDENT}})[ \\t]+`);
const MAYBE_DEEP = new RegExp(`^(?: {0,3}(?:>[ \\t]?){${MAX_QUOTE_DEPTH + 1}}|[ \\t]{${MAX_INDENT + 1}})`, 'm');
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function limitNesting(text: string, problems: SlideProblem[]): string {
  if (!MAYBE_DEEP.test(text)) return text;
  let fence: string | undefined;
  let offset = 0;
  let reported = false;
  const lines = text.split('\n').map((line) => {
    const at = offset;
    offset += line.length + 1;
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
      return line;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1];
      return line;
    }
    const flattened = line.replace(DEEP_QUOTE, '$1').replace(DEEP_INDENT, '$1');
    if (flattened !== line && !reported) {
      reported = true;
      problems.push({ code: 'nesting-too-deep', severity: 'warning', offset: at, message: `This line is nested deeper than ${MAX_QUOTE_DEPTH} quote levels or ${MAX_INDENT} columns; Podium shows it flattened. Simplify the nesting.` });
    }
    return flattened;
  });
  return lines.join('\n');
}
