import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatHeadersFile, headerRules } from './headers.ts';
import { normalPath, staticHostPreview } from './preview-server.ts';

type Middleware = (req: unknown, res: unknown, next: () => void) => void;

/** The preview's first middleware over a small dist/ with the real headers file. */
function preview(): Middleware {
  const root = mkdtempSync(join(tmpdir(), 'preview-'));
  const dist = join(root, 'dist');
  for (const dir of ['embed', 'events/a', 'assets']) mkdirSync(join(dist, dir), { recursive: true });
  for (const file of ['index.html', 'embed/index.html', 'events/a/index.html', '404.html', 'assets/app.js']) writeFileSync(join(dist, file), file);
  writeFileSync(join(dist, '_headers'), formatHeadersFile(headerRules('/')));
  const plugin = staticHostPreview() as unknown as {
    configResolved: (c: unknown) => void;
    configurePreviewServer: (s: unknown) => void;
  };
  plugin.configResolved({ root, build: { outDir: 'dist' } });
  const used: Middleware[] = [];
  plugin.configurePreviewServer({ config: { base: '/' }, middlewares: { use: (m: Middleware) => used.push(m) } });
  return used[0]!;
}

function get(handler: Middleware, url: string) {
  const headers: Record<string, string> = {};
  const response = { status: 200, headers, passed: false, body: '' };
  const res = {
    set statusCode(code: number) {
      response.status = code;
    },
    setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v),
    end: (b?: unknown) => (response.body = String(b ?? '')),
  };
  handler({ url, method: 'GET', headers: {} }, res, () => (response.passed = true));
  return response;
}

describe('the preview server', () => {
  test.each([
    ['/embed//', '/embed/'],
    ['/embed/..%2f', '/'],
    ['/embed/..%2fevents/a/', '/events/a/'],
    ['/embed/%2e%2e/', '/'],
    ['//embed/', '/embed/'],
    ['/embed/./', '/embed/'],
    ['/x/../embed/', '/embed/'],
    ['/embed\\..\\', '/'],
    ['/%2e%2e/%2e%2e/etc/passwd', '/etc/passwd'],
  ])('redirects %j to %j, with the headers of where it goes', (from, to) => {
    const handler = preview();
    const response = get(handler, `${from}?event=a`);
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe(`${to}?event=a`);
    expect(response.passed).toBe(false);
    if (to !== '/embed/') expect(response.headers['content-security-policy']).not.toContain('frame-ancestors *');
  });

  test.each(['/', '/embed/', '/events/a/', '/assets/app.js', '/events/caf%C3%A9/', '/embed'])('serves %j where it is, unredirected', (path) => {
    expect(normalPath(path)).toBe(path);
    expect(get(preview(), path).status).not.toBe(308);
  });

  test('only the embed itself is served with the embed’s frame policy', () => {
    const handler = preview();
    expect(get(handler, '/embed/').headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
    expect(get(handler, '/').headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
  });

  test('a path with no page gets 404.html with the policy and X-Frame-Options', () => {
    const response = get(preview(), '/no-such-page');
    expect(response.status).toBe(404);
    expect(response.body).toBe('404.html');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  test('a worker script is served with the policy that forbids eval and foreign connections', () => {
    const policy = get(preview(), '/assets/app.js').headers['content-security-policy'];
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).toMatch(/connect-src 'self';/);
  });
});
