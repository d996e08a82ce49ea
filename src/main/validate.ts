// Small argument checkers for IPC: every value from a renderer is untrusted until checked here.
export class InvalidArgument extends Error {
  override name = 'InvalidArgument';
}

export type Check<T> = (value: unknown, name: string) => T;

const fail = (name: string, expected: string): never => {
  throw new InvalidArgument(`${name} must be ${expected}`);
};

export const string = (max = 4096): Check<string> => (value, name) =>
  typeof value === 'string' && value.length <= max && !value.includes('\0') ? value : fail(name, `a string of at most ${max} characters`);

/** Deck text: large, may contain anything but must be a string. */
export const text = (max = 20 * 1024 * 1024): Check<string> => (value, name) =>
  typeof value === 'string' && value.length <= max ? value : fail(name, `text of at most ${max} characters`);

export const boolean: Check<boolean> = (value, name) => (typeof value === 'boolean' ? value : fail(name, 'true or false'));

export const integer = (min: number, max: number): Check<number> => (value, name) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fail(name, `an integer from ${min} to ${max}`);

export const number = (min: number, max: number): Check<number> => (value, name) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fail(name, `a number from ${min} to ${max}`);

export const oneOf = <T extends string>(...values: T[]): Check<T> => (value, name) =>
  values.includes(value as T) ? (value as T) : fail(name, `one of ${values.join(', ')}`);

export const bytes = (max: number): Check<Uint8Array> => (value, name) =>
  value instanceof Uint8Array && value.byteLength <= max ? value : fail(name, `binary data of at most ${max} bytes`);

export const optional = <T>(check: Check<T>): Check<T | undefined> => (value, name) => (value === undefined ? undefined : check(value, name));

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** A plain object with exactly these keys (unknown keys are refused, not ignored). */
export const object = <S extends Shape>(shape: S): Check<Checked<S>> => (value, name) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    return fail(name, 'an object');
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!(key in shape)) fail(`${name}.${key}`, 'absent (unknown field)');
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(shape)) {
    const checked = check(input[key], `${name}.${key}`);
    if (checked !== undefined) out[key] = checked;
  }
  return out as Checked<S>;
};

/** The argument list of one call: exact arity (trailing optional arguments may be omitted). */
export function args<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): (raw: unknown[]) => T {
  return (raw) => {
    if (raw.length > checks.length) throw new InvalidArgument(`expected at most ${checks.length} argument(s), got ${raw.length}`);
    return checks.map((check, i) => (check as Check<unknown>)(raw[i], `argument ${i + 1}`)) as T;
  };
}
