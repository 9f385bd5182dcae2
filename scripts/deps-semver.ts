/**
 * Just enough of npm's version ranges for deps:check: `^x.y.z`, `~x.y.z`, an
 * exact version, and `>=x.y.z`, joined by `||`. Anything else is not judged
 * (true), so an unusual range never fails the check by mistake.
 */
type Version = [number, number, number];

function parse(version: string): Version | null {
  // "6.0" and "6" mean 6.0.0 here, as in "~6.0".
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : null;
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function one(version: Version, range: string): boolean {
  const op = /^(\^|~|>=)?\s*(.*)$/.exec(range.trim())!;
  const base = parse(op[2]!);
  if (!base) return true;
  if (compare(version, base) < 0) return false;
  if (op[1] === '>=') return true;
  if (op[1] === '~') return version[0] === base[0] && version[1] === base[1];
  if (op[1] === '^') return base[0] > 0 ? version[0] === base[0] : base[1] > 0 ? version[0] === 0 && version[1] === base[1] : compare(version, base) === 0;
  return compare(version, base) === 0;
}

export function satisfies(version: string, range: string): boolean {
  const parsed = parse(version);
  if (!parsed) return true;
  return range.split('||').some((part) => one(parsed, part));
}
