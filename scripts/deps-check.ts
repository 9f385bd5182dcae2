/**
 * `npm run deps:check`: what can be known about the dependencies without an
 * advisory service (issue 21; `npm audit` cannot reach one from every machine).
 *
 * Offline, always:
 * - package-lock.json is in step with package.json (every declared dependency
 *   is locked at a version its range allows);
 * - every locked package comes from the npm registry (never a git, file or
 *   plain http source) with a sha512 integrity hash, so `npm ci` refuses a tampered tarball;
 * - what is installed in node_modules is what the lockfile says.
 * Online, where the registry answers: `npm audit signatures` checks the
 * registry's signatures and provenance of what is installed. Unreachable, it
 * is reported as skipped (run it where the registry is reachable), not failed;
 * `--offline` skips it outright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies } from './deps-semver.ts';

const root = join(import.meta.dirname, '..');
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface Locked {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
}
const manifest = readJson<{ dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>('package.json');
const lock = readJson<{ lockfileVersion: number; packages: Record<string, Locked> }>('package-lock.json');

export function lockfileProblems(): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion < 2) problems.push(`package-lock.json is lockfile version ${lock.lockfileVersion}; npm 7 or later writes 3`);
  const declared = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const [name, range] of Object.entries(declared)) {
    const locked = lock.packages[`node_modules/${name}`];
    if (!locked?.version) problems.push(`${name}: declared in package.json but not in package-lock.json (run npm install)`);
    else if (!satisfies(locked.version, range)) problems.push(`${name}: locked at ${locked.version}, which ${range} does not allow (run npm install)`);
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link) continue;
    // No "resolved" means the configured registry (npm leaves it out with omit-lockfile-registry-resolved); a git, file or http source always has one.
    if (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/')) problems.push(`${path}: comes from ${entry.resolved}, not the npm registry over https`);
    if (!entry.integrity?.startsWith('sha512-')) problems.push(`${path}: has no sha512 integrity hash`);
  }
  return problems;
}

export function installedProblems(): string[] {
  if (!existsSync(join(root, 'node_modules'))) return ['node_modules is missing (run npm ci)'];
  const problems: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link || !entry.version) continue;
    const file = join(root, path, 'package.json');
    // Optional packages for other platforms are locked but never installed.
    if (!existsSync(file)) continue;
    const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
    if (version !== entry.version) problems.push(`${path}: ${version} is installed, the lockfile says ${entry.version} (run npm ci)`);
  }
  return problems;
}

function signatures(): 'ok' | 'skipped' | string {
  const run = spawnSync('npm', ['audit', 'signatures'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status === 0) return 'ok';
  if (run.error || /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network|offline/i.test(output)) return 'skipped';
  return output.trim().split('\n').slice(-20).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [...lockfileProblems(), ...installedProblems()];
  const count = Object.keys(lock.packages).length - 1;
  if (problems.length > 0) {
    console.error(`deps:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
    if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
    process.exit(1);
  }
  console.log(`lockfile: ${count} packages, all from the npm registry with sha512 hashes, in step with package.json and node_modules`);
  if (process.argv.includes('--offline')) console.log('registry signatures: skipped (--offline); run `npm audit signatures` where the registry is reachable');
  else {
    const result = signatures();
    if (result === 'ok') console.log('registry signatures: verified (npm audit signatures)');
    else if (result === 'skipped') console.log('registry signatures: skipped, the registry is not reachable from here; run `npm audit signatures` where it is');
    else {
      console.error(`registry signatures: npm audit signatures failed:\n${result}`);
      process.exit(1);
    }
  }
}
