import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { describe, expect, test } from 'vitest';
import config, { CONTENT_SECURITY_POLICY } from '../vite.config';

/**
 * The policy itself is checked in the browser (e2e/csp-and-network.spec.ts);
 * these check the build plumbing that the browser test cannot see: the header
 * `vite preview` sends, and the two build plugins.
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

  test('vite preview sends it as a header, with frame-ancestors (which a meta tag cannot carry)', () => {
    expect(config.preview?.headers).toEqual({ 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` });
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

  test("vis-timeline's own <style> injection is switched off in the build (the app imports its CSS file)", () => {
    const visPlugin = plugin('vis-timeline-without-style-injection');
    expect(visPlugin.apply).toBe('build');
    const require = createRequire(import.meta.url);
    const id = require.resolve('vis-timeline/standalone').replace(/umd[\\/]vis-timeline-graph2d\.cjs$/, 'esm/vis-timeline-graph2d.mjs');
    const code = readFileSync(id, 'utf8');
    const warnings: string[] = [];
    const transform = visPlugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
    const result = transform.call({ warn: (w: string) => warnings.push(w) }, code, id);
    expect(warnings).toEqual([]);
    expect(result?.code).toContain('function styleInject(css, ref) { return;');
    expect(transform.call({ warn: () => undefined }, code, '/src/other.ts')).toBeNull();
  });
});
