import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, formatHeadersFile, headerRules, headersFor, parseHeadersFile } from './headers';
import { readEmbedAncestors } from './site-config';

const served = (base: string, ancestors?: string) => parseHeadersFile(formatHeadersFile(headerRules(base, ancestors)));
const frameAncestors = (headers: Record<string, string>) => /frame-ancestors ([^;]*)$/.exec(headers['Content-Security-Policy'] ?? '')?.[1];

describe('who may frame what', () => {
  test.each(['/', '/timeline/'])('under %s, every page the build writes refuses frames; the embed accepts any site', (base) => {
    const rules = served(base);
    for (const path of ['', 'index.html', 'events/internet-cut-off/', 'events/internet-cut-off/index.html', '404.html']) {
      expect(headersFor(`${base}${path}`, rules)['Content-Security-Policy'], path).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    }
    for (const path of ['embed/', 'embed/index.html', 'embed']) {
      expect(headersFor(`${base}${path}`, rules)['Content-Security-Policy'], path).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
    }
  });

  test('no path gets two policies, which a host would join into two, both enforced', () => {
    const rules = served('/');
    for (const path of ['/', '/index.html', '/events/a/', '/404.html', '/embed/', '/embed', '/assets/index.js', '/embed.js', '/data/timeline.json', '/og/home.png', '/no-such-page']) {
      const policy = headersFor(path, rules)['Content-Security-Policy'];
      if (policy !== undefined) expect(policy.split(',').length, path).toBe(1);
      expect(headersFor(path, rules)['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headersFor(path, rules)['X-Frame-Options'], path).toBeUndefined();
    }
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
