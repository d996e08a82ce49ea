import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/usage-error';

const specs = {
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  paper: { type: 'string', default: 'letter' },
  include: { type: 'string', multiple: true },
} as const;

describe('parseArgs()', () => {
  it('reads flags, --key value, --key=value, short aliases and positionals', () => {
    const { options, positionals } = parseArgs(['a.md', '--json', '--out', 'dist', '--paper=a4', 'b.md', '--include', 'x', '--include=y'], specs);
    expect(options).toEqual({ json: true, out: 'dist', paper: 'a4', include: ['x', 'y'] });
    expect(positionals).toEqual(['a.md', 'b.md']);
    expect(parseArgs(['-o', 'here'], specs).options.out).toBe('here');
  });

  it('fills defaults', () => {
    expect(parseArgs([], specs).options).toEqual({ json: false, out: undefined, paper: 'letter', include: [] });
  });

  it('treats everything after -- and a lone - as positionals', () => {
    expect(parseArgs(['-', '--', '--json', '-x'], specs).positionals).toEqual(['-', '--json', '-x']);
  });

  it('rejects unknown options, listing the known ones', () => {
    expect(() => parseArgs(['--jsn'], specs)).toThrow(UsageError);
    expect(() => parseArgs(['--jsn'], specs)).toThrow(/unknown option --jsn \(options: --json, --out, --paper, --include\)/);
    expect(() => parseArgs(['-z'], specs)).toThrow(/unknown option -z/);
    expect(() => parseArgs(['--toString'], specs)).toThrow(UsageError);
  });

  it('rejects a missing value and a value on a flag', () => {
    expect(() => parseArgs(['--out'], specs)).toThrow(/--out needs a value/);
    expect(() => parseArgs(['--out', '--json'], specs)).toThrow(/--out needs a value/);
    expect(() => parseArgs(['--json=yes'], specs)).toThrow(/takes no value/);
  });
});
