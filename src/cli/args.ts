// A small, strict argv parser shared by the commands: `--flag`, `--key value`, `--key=value`,
// `-k` short aliases, `--` to end options, positionals. Anything unknown is a UsageError (exit 2).
import { UsageError } from './usage-error';

export type OptionSpec =
  | { type: 'boolean'; short?: string; description?: string }
  | { type: 'string'; short?: string; multiple?: false; default?: string; description?: string }
  | { type: 'string'; short?: string; multiple: true; description?: string };

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<S extends OptionSpecs> = {
  [K in keyof S]: S[K] extends { type: 'boolean' } ? boolean
    : S[K] extends { multiple: true } ? string[]
      : S[K] extends { default: string } ? string : string | undefined;
};

export interface ParsedArgs<S extends OptionSpecs> {
  options: OptionValues<S>;
  positionals: string[];
}

function initialValues(specs: OptionSpecs): Record<string, boolean | string | string[] | undefined> {
  const values: Record<string, boolean | string | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    values[name] = spec.type === 'boolean' ? false : spec.multiple ? [] : spec.default;
  }
  return values;
}

function known(specs: OptionSpecs): string {
  return Object.keys(specs).map((name) => `--${name}`).join(', ') || 'none';
}

export function parseArgs<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const values = initialValues(specs);
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([name, s]) => [s.short as string, name]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (arg === '-' || !arg.startsWith('-')) { positionals.push(arg); continue; }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = long ? written.slice(2) : byShort.get(written.slice(1));
    const spec = name !== undefined && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec || name === undefined) throw new UsageError(`unknown option ${written} (options: ${known(specs)}).`);
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`option --${name} takes no value.`);
      values[name] = true;
      continue;
    }
    const value: string | undefined = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`option --${name} needs a value, e.g. --${name} <value>.`);
    if (spec.multiple) (values[name] as string[]).push(value);
    else values[name] = value;
  }
  return { options: values as OptionValues<S>, positionals };
}
