import { NAMED_CHECKS, type Rule } from './accept-rules';

/**
 * A yes/no question asked of one value: "would the zod schema accept it and
 * hand it back unchanged?" — answered by a checker compiled once from the
 * schema's rules (accept-rules.ts), without zod itself.
 *
 * Why: zod runs jitless under the app's CSP (no `new Function`), and its
 * general machinery (issue lists, a fresh copy of every object) costs about
 * 5 µs and a good deal of garbage per event. A dataset of 100,000 events then
 * spends more time in zod than in JSON.parse. This checker allocates nothing
 * and stops at the first doubt; and since it needs only the rules, the app
 * fetches zod only when it doubts.
 *
 * Only "yes" is trusted. On "no" the caller asks zod itself, which then finds
 * the problem and words it, or accepts a value it normalises (a title with a
 * trailing space is trimmed by zod; here it is simply "not as is"). The
 * equivalence, `accepts(x) === (zod accepts x && zod's output deep-equals x)`,
 * is a property test.
 */
export type Accepts = (value: unknown) => boolean;

/** What JSON.parse makes: an object whose prototype is Object.prototype. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function compileString(rule: Extract<Rule, { type: 'string' }>): Accepts {
  const { min, trim } = rule;
  const max = rule.max ?? Infinity;
  const patterns = rule.patterns.map((p) => new RegExp(p.source, p.flags));
  const checks = rule.checks.map((name) => NAMED_CHECKS[name]);
  return (value) => {
    if (typeof value !== 'string') return false;
    // A trim that would change the value means zod's output differs from the input.
    if (trim && value.trim() !== value) return false;
    if (value.length < min || value.length > max) return false;
    for (const pattern of patterns) if (!pattern.test(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileObject(rule: Extract<Rule, { type: 'object' }>): Accepts {
  const fields = rule.fields.map((field) => ({ key: field.key, optional: field.optional, accepts: compileAccepts(field.rule) }));
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

function compileArray(rule: Extract<Rule, { type: 'array' }>): Accepts {
  const { min } = rule;
  const max = rule.max ?? Infinity;
  const element = compileAccepts(rule.element);
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
    return true;
  };
}

/** Compiles the checker once from a schema's rules. */
export function compileAccepts(rule: Rule): Accepts {
  switch (rule.type) {
    case 'string':
      return compileString(rule);
    case 'object':
      return compileObject(rule);
    case 'array':
      return compileArray(rule);
    case 'oneOf': {
      const values = new Set<unknown>(rule.values);
      return (value) => values.has(value);
    }
    case 'integer': {
      const { min, max } = rule;
      return (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    }
    case 'unknown':
      return () => true;
  }
}
