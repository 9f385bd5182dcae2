import type { z } from 'zod';
import { isHttpUrl } from './http-url';

/**
 * A zod schema's rules as plain data: what the compiled checker
 * (fast-accept.ts) needs to answer "would zod accept this value and hand it
 * back unchanged?", read from the schema's own definition so the rules are
 * never written twice.
 *
 * Why plain data: the app checks its dataset with these rules before it has
 * loaded zod at all; zod is fetched only when the checker doubts a value.
 * `npm run schema` writes them to `dataset-rules.json`, and a test holds that
 * file to the schema.
 *
 * It understands the parts of zod the dataset contract uses and refuses
 * anything else, so a new kind of rule in the schema cannot be silently
 * skipped.
 */
export type Rule =
  | { type: 'string'; min: number; max: number | null; trim: boolean; patterns: { source: string; flags: string }[]; checks: NamedCheck[] }
  | { type: 'object'; fields: { key: string; optional: boolean; rule: Rule }[] }
  | { type: 'array'; min: number; max: number | null; element: Rule }
  | { type: 'oneOf'; values: (string | number | boolean | null)[] }
  | { type: 'integer'; min: number; max: number }
  | { type: 'unknown' };

/** Refinements known by name: the function zod runs, and the name the checker finds it under. */
export const NAMED_CHECKS = { 'http-url': isHttpUrl } as const;
export type NamedCheck = keyof typeof NAMED_CHECKS;

export class UnsupportedSchemaError extends Error {}

/** The slice of zod 4's internal definitions read here. */
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
  format?: string;
  pattern?: RegExp;
}
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
  fn?: unknown;
}
interface Schema {
  _zod: { def: Def };
}

/** Formats whose whole check is their pattern (zod tests nothing else for them). */
const PATTERN_FORMATS = new Set(['regex', 'date']);

/** zod's `.trim()` is an overwrite with an anonymous function; recognised by what it does. */
function isTrim(tx: (value: unknown) => unknown): boolean {
  return [' a ', '\u00a0b\ufeff', 'C', 'x\n', ''].every((probe) => tx(probe) === probe.trim());
}

function pattern(re: RegExp) {
  // Without g/y flags, so test() keeps no state between calls.
  return { source: re.source, flags: re.flags.replace(/[gy]/g, '') };
}

function stringRule(def: Def, where: string): Rule {
  if (def.coerce) throw new UnsupportedSchemaError(`${where}: coercion is not supported`);
  const rule = { type: 'string' as const, min: 0, max: null as number | null, trim: false, patterns: [] as { source: string; flags: string }[], checks: [] as NamedCheck[] };
  const format = (name: string | undefined, re: RegExp | undefined) => {
    if (!name || !PATTERN_FORMATS.has(name) || !re) throw new UnsupportedSchemaError(`${where}: string format "${name}" is not supported`);
    rule.patterns.push(pattern(re));
  };
  // A format schema (z.iso.date()) carries its format on itself, not as a check.
  if (def.format) format(def.format, def.pattern);
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length') rule.min = Math.max(rule.min, check.minimum ?? 0);
    else if (check.check === 'max_length') rule.max = Math.min(rule.max ?? Infinity, check.maximum ?? Infinity);
    else if (check.check === 'string_format') format(check.format, check.pattern);
    else if (check.check === 'overwrite' && typeof check.tx === 'function' && isTrim(check.tx)) rule.trim = true;
    else if (check.check === 'custom') {
      const name = (Object.keys(NAMED_CHECKS) as NamedCheck[]).find((key) => NAMED_CHECKS[key] === check.fn);
      if (!name) throw new UnsupportedSchemaError(`${where}: a refinement that is not in NAMED_CHECKS`);
      rule.checks.push(name);
    } else throw new UnsupportedSchemaError(`${where}: check "${check.check}" is not supported`);
  }
  return rule;
}

function lengths(def: Def, where: string): { min: number; max: number | null } {
  let min = 0;
  let max: number | null = null;
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    else if (check.check === 'max_length') max = Math.min(max ?? Infinity, check.maximum ?? Infinity);
    else throw new UnsupportedSchemaError(`${where}: check "${check.check}" is not supported`);
  }
  return { min, max };
}

/** Whole numbers in a closed range: the only numbers the contract holds (a caption's paragraph index). */
function integerRule(def: Def, where: string): Rule {
  let integer = false;
  let min = Number.MIN_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'number_format' && check.format === 'safeint') integer = true;
    else if (check.check === 'greater_than' && check.inclusive) min = Math.max(min, check.value ?? min);
    else if (check.check === 'less_than' && check.inclusive) max = Math.min(max, check.value ?? max);
    else throw new UnsupportedSchemaError(`${where}: number check "${check.check}" is not supported`);
  }
  if (!integer || def.coerce) throw new UnsupportedSchemaError(`${where}: only z.number().int() without coercion is supported`);
  return { type: 'integer', min, max };
}

function objectRule(def: Def, where: string): Rule {
  if (def.checks?.length) throw new UnsupportedSchemaError(`${where}: object checks are not supported`);
  if (!def.catchall || def.catchall._zod.def.type !== 'never') {
    throw new UnsupportedSchemaError(`${where}: only strict objects are supported (unknown keys would be dropped, so the output would differ)`);
  }
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => {
    const optional = schema._zod.def.type === 'optional';
    return { key, optional, rule: ruleOf(optional ? (schema._zod.def.innerType as Schema) : schema, `${where}.${key}`) };
  });
  return { type: 'object', fields };
}

function ruleOf(schema: Schema, where: string): Rule {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return stringRule(def, where);
    case 'object':
      return objectRule(def, where);
    case 'number':
      return integerRule(def, where);
    case 'array':
      return { type: 'array', ...lengths(def, where), element: ruleOf(def.element as Schema, `${where}[]`) };
    case 'enum':
      return { type: 'oneOf', values: Object.values(def.entries ?? {}) };
    case 'literal': {
      const values = def.values ?? [];
      if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
        throw new UnsupportedSchemaError(`${where}: a literal JSON cannot hold`);
      }
      return { type: 'oneOf', values: values as (string | number | boolean | null)[] };
    }
    case 'unknown':
      return { type: 'unknown' };
    default:
      throw new UnsupportedSchemaError(`${where || 'schema'}: zod type "${def.type}" is not supported`);
  }
}

/** The rules of a zod schema; throws UnsupportedSchemaError if it uses something the checker cannot answer for. */
export function rulesFromSchema(schema: z.ZodType): Rule {
  return ruleOf(schema as unknown as Schema, '');
}
