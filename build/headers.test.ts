import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, formatHeadersFile, frameAncestorsOf, headerRules, headersFor, parseHeadersFile } from './headers';
import { readEmbedAncestors } from './site-config';

const served = (base: string, ancestors?: string) => parseHeadersFile(formatHeadersFile(headerRules(base, ancestors)));
const frameAncestors = (headers: Record<string, string>) => /frame-ancestors ([^;]*)$/.exec(headers['Content-Security-Policy'] ?? '')?.[1];

describe('who may frame what', () => {
  test.each(['/', '/timeline/'])('under %s, every page the build writes refuses frames; the embed accepts any site', (base) => {
    const rules = served(base);
    for (const path of ['', 'index.html', 'events/internet-cut-off/', 'events/internet-cut-off/index.html', '404.html']) {
      expect(headersFor(`${base}${path}`, rules)['Content-Security-Policy'], path).toBe(`${CONTENT_SECURITY_POLICY}, frame-ancestors 'none'`);
    }
    for (const path of ['embed/', 'embed/index.html', 'embed']) {
      expect(headersFor(`${base}${path}`, rules)['Content-Security-Policy'], path).toBe(`${CONTENT_SECURITY_POLICY}, frame-ancestors *`);
    }
  });

  test('every response has the policy, whatever the file, and no path gets two frame policies', () => {
    const rules = served('/');
    const files = ['/', '/index.html', '/events/a/', '/404.html', '/embed/', '/embed', '/assets/index.js', '/assets/open-file.worker-abc.js', '/assets/index.css', '/embed.js', '/data/timeline.json', '/og/home.png', '/favicon.svg', '/sitemap.xml', '/robots.txt', '/_headers', '/no-such-page'];
    for (const path of files) {
      const headers = headersFor(path, rules);
      const policies = (headers['Content-Security-Policy'] ?? '').split(', ');
      expect(policies[0], path).toBe(CONTENT_SECURITY_POLICY);
      expect(policies.filter((p) => p.includes('frame-ancestors')).length, path).toBeLessThanOrEqual(1);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      // A path with no frame policy of its own still cannot be framed.
      expect(headers['X-Frame-Options'], path).toBe('DENY');
      expect(frameAncestorsOf(headers) ?? 'DENY', path).toBe(path.startsWith('/embed/') || path === '/embed' ? '*' : /^\/(index\.html|events\/a\/|404\.html)?$/.test(path) ? "'none'" : 'DENY');
    }
  });

  test('the policy allows no eval, no foreign connection, no data: image and no font', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )img-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )font-src 'none'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm|data:/);
  });

  test('EMBED_ANCESTORS narrows the embed to the sites it names and leaves every other page as it was', () => {
    const rules = served('/', readEmbedAncestors('https://news.example  https://*.example.org:8443'));
    expect(frameAncestors(headersFor('/embed/', rules))).toBe('https://news.example https://*.example.org:8443');
    expect(frameAncestors(headersFor('/events/a/', rules))).toBe("'none'");
  });

  test('a header two rules set is joined with a comma, as static hosts do', () => {
    const rules = parseHeadersFile('/*\n  X-Test: a\n/x/*\n  X-Test: b\n');
    expect(headersFor('/x/y', rules)['X-Test']).toBe('a, b');
    expect(headersFor('/y', rules)['X-Test']).toBe('a');
  });
});

describe('EMBED_ANCESTORS', () => {
  test.each([
    [undefined, '*'],
    ['', '*'],
    ['*', '*'],
    ["'self' https://news.example", "'self' https://news.example"],
    ['https://news.example/', 'https://news.example/'],
    ['http://localhost:3000 https:', 'http://localhost:3000 https:'],
  ])('%j gives %j', (value, expected) => {
    expect(readEmbedAncestors(value)).toBe(expected);
  });

  test.each([
    'news.example',
    'https://news.example; script-src *',
    'https://news.example,https://evil.test',
    "'unsafe-inline'",
    'javascript:alert(1)',
    'https://news.example/path/page',
    'https://news.example\nX-Injected: 1',
  ])('refuses %j with a message that says what to give', (value) => {
    expect(() => readEmbedAncestors(value)).toThrow(/EMBED_ANCESTORS .*not a frame source.*https:\/\/news\.example/s);
  });
});

describe('the offline copy (issue 24)', () => {
  test.each(['/', '/timeline/'])('under %s, the service worker is revalidated on every load and the manifest has its own type', (base) => {
    const rules = served(base);
    expect(headersFor(`${base}sw.js`, rules)['Cache-Control']).toBe('no-cache');
    expect(headersFor(`${base}sw.js`, rules)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headersFor(`${base}manifest.webmanifest`, rules)['Content-Type']).toBe('application/manifest+json; charset=utf-8');
  });

  test('the policy lets the site’s own worker and manifest load without a directive of their own: default-src covers them', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/worker-src|manifest-src/);
  });
});
