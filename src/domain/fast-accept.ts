import type { z } from 'zod';

/**
 * A yes/no question asked of one value: "would this zod schema accept it and
 * hand it back unchanged?" — answered by a checker compiled once from the
 * schema's own definition, so the rules are never written twice.
 *
 * Why: zod runs jitless under the app's CSP (no `new Function`), and its
 * general machinery (issue lists, a fresh copy of every object) costs about
 * 5 µs and a good deal of garbage per event. A dataset of 100,000 events then
 * spends more time in zod than in JSON.parse. This checker allocates nothing
 * and stops at the first doubt.
 *
 * Only "yes" is trusted. On "no" the caller asks zod itself, which then finds
 * the problem and words it, or accepts a value it normalises (a title with a
 * trailing space is trimmed by zod; here it is simply "not as is"). The
 * equivalence, `accepts(x) === (zod accepts x && zod's output deep-equals x)`,
 * is a property test.
 *
 * It understands the parts of zod the dataset contract uses and refuses to
 * compile anything else, so a new kind of rule in the schema cannot be
 * silently skipped here.
 */
export type Accepts = (value: unknown) => boolean;

/** The slice of zod 4's internal definitions this compiler reads. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  coerce?: boolean;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
}
interface Schema {
  _zod: { def: Def };
}

export class UnsupportedSchemaError extends Error {}

/** What JSON.parse makes: an object whose prototype is Object.prototype. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function lengthChecks(checks: readonly CheckDef[], where: string, allowed: readonly string[]): (value: { length: number }) => boolean {
  let min = 0;
  let max = Infinity;
  for (const check of checks) {
    if (!allowed.includes(check.check)) throw new UnsupportedSchemaError(`${where}: check "${check.check}" is not supported`);
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? Infinity);
  }
  return (value) => value.length >= min && value.length <= max;
}

function compileString(def: Def, where: string): Accepts {
  if (def.coerce) throw new UnsupportedSchemaError(`${where}: coercion is not supported`);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const patterns: RegExp[] = [];
  const canonical: ((value: string) => unknown)[] = [];
  for (const check of checks) {
    if (check.check === 'string_format') {
      if (check.format !== 'regex' || !check.pattern) throw new UnsupportedSchemaError(`${where}: string format "${check.format}" is not supported`);
      // A copy without g/y flags, so test() keeps no state between calls.
      patterns.push(new RegExp(check.pattern.source, check.pattern.flags.replace(/[gy]/g, '')));
    } else if (check.check === 'overwrite') {
      if (typeof check.tx !== 'function') throw new UnsupportedSchemaError(`${where}: overwrite without a function`);
      canonical.push(check.tx as (value: string) => unknown);
    }
  }
  const length = lengthChecks(
    checks.filter((c) => c.check !== 'string_format' && c.check !== 'overwrite'),
    where,
    ['min_length', 'max_length'],
  );
  return (value) => {
    if (typeof value !== 'string') return false;
    // An overwrite (trim) that would change the value means zod's output differs from the input.
    for (const tx of canonical) if (tx(value) !== value) return false;
    if (!length(value)) return false;
    for (const pattern of patterns) if (!pattern.test(value)) return false;
    return true;
  };
}

function compileObject(def: Def, where: string): Accepts {
  if (def.checks?.length) throw new UnsupportedSchemaError(`${where}: object checks are not supported`);
  if (!def.catchall || def.catchall._zod.def.type !== 'never') {
    throw new UnsupportedSchemaError(`${where}: only strict objects are supported (unknown keys would be dropped, so the output would differ)`);
  }
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => {
    const optional = schema._zod.def.type === 'optional';
    return { key, optional, accepts: compile(optional ? (schema._zod.def.innerType as Schema) : schema, `${where}.${key}`) };
  });
  const known = new Set(fields.map((f) => f.key));
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const key in value) if (!Object.hasOwn(value, key) || !known.has(key)) return false;
    for (const field of fields) {
      if (!Object.hasOwn(value, field.key)) {
        if (field.optional) continue;
        return false;
      }
      // JSON has no `undefined`; a value that does is left to zod.
      const item = value[field.key];
      if (item === undefined || !field.accepts(item)) return false;
    }
    return true;
  };
}

function compileArray(def: Def, where: string): Accepts {
  const length = lengthChecks((def.checks ?? []).map((c) => c._zod.def), where, ['min_length', 'max_length']);
  const element = compile(def.element as Schema, `${where}[]`);
  return (value) => {
    if (!Array.isArray(value) || !length(value)) return false;
    for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
    return true;
  };
}

function compile(schema: Schema, where: string): Accepts {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return compileString(def, where);
    case 'object':
      return compileObject(def, where);
    case 'array':
      return compileArray(def, where);
    case 'enum': {
      const values = new Set<unknown>(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'literal': {
      const values = new Set<unknown>(def.values ?? []);
      return (value) => values.has(value);
    }
    case 'unknown':
      return () => true;
    default:
      throw new UnsupportedSchemaError(`${where || 'schema'}: zod type "${def.type}" is not supported`);
  }
}

/** Compiles the checker once; throws UnsupportedSchemaError if the schema uses something it cannot answer for. */
export function compileAccepts(schema: z.ZodType): Accepts {
  return compile(schema as unknown as Schema, '');
}
