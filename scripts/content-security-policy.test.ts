import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { describe, expect, test } from 'vitest';
import { formatHeadersFile, headerRules, headersFor, parseHeadersFile } from '../build/headers';
import config, { CONTENT_SECURITY_POLICY } from '../vite.config';

/**
 * The policy itself is checked in the browser (e2e/csp-and-network.spec.ts);
 * these check the build plumbing that the browser test cannot see: the header
 * `vite preview` sends, the build plugin, and that vis-timeline adds no
 * inline style of its own.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

function plugin(name: string): Plugin {
  const all = (config.plugins ?? []).flat(Infinity as 1) as PluginOption[];
  const found = all.find((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p && p.name === name);
  if (!found) throw new Error(`vite.config.ts has no plugin "${name}"`);
  return found;
}

describe('Content-Security-Policy', () => {
  test('has no inline script, no eval, no inline style and no third-party origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )object-src 'none'(;|$)/);
  });

  test('production and vite preview send it as a header, with frame-ancestors (which a meta tag cannot carry)', () => {
    const rules = parseHeadersFile(formatHeadersFile(headerRules('/')));
    expect(headersFor('/events/some-event/', rules)['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}, frame-ancestors 'none'`);
    expect(headersFor('/assets/index.js', rules)['Cache-Control']).toMatch(/immutable/);
    expect(plugin('static-host-preview')).toBeTruthy();
  });

  test('the build puts it in index.html right after the charset, only when building', () => {
    const csp = plugin('content-security-policy');
    expect(csp.apply).toBe('build');
    const hook = csp.transformIndexHtml as { order: string; handler: (html: string) => string };
    expect(hook.order).toBe('post');
    const html = hook.handler(readFileSync(`${root}/index.html`, 'utf8'));
    expect(html).toMatch(
      new RegExp(`<meta charset="UTF-8" />\\s*<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" />`),
    );
    expect(() => hook.handler('<html><head></head></html>')).toThrow(/meta charset/);
  });

  test('the vis-timeline build the app imports injects no <style> element (its CSS comes as a file)', () => {
    expect(readFileSync(`${root}/src/features/timeline/vis.ts`, 'utf8')).toMatch(/from 'vis-timeline\/esnext'/);
    const require = createRequire(import.meta.url);
    // The esnext build's CommonJS twin sits next to the ES module the app imports.
    const id = require.resolve('vis-timeline/esnext').replace(/umd[\\/]vis-timeline-graph2d\.cjs$/, 'esm/vis-timeline-graph2d.mjs');
    const code = readFileSync(id, 'utf8');
    expect(code).toContain('class Timeline');
    expect(code).not.toMatch(/styleInject|createElement\(\s*["']style["']\s*\)/);
  });
});
