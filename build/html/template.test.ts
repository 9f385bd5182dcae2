import { describe, expect, test } from 'vitest';
import { renderHead, type PageMeta } from './page-meta';
import { fillTemplate } from './template';

const filling = { head: '', body: '', app: true };

describe('the page’s language (issue 22)', () => {
  test.each([
    ['<html lang="en">', { tag: 'es', dir: 'ltr' as const }, '<html lang="es" dir="ltr">'],
    ['<html>', { tag: 'ar', dir: 'rtl' as const }, '<html lang="ar" dir="rtl">'],
    // Any other attribute of the template's root stays; its own lang and dir give way.
    ['<html dir="ltr" class="no-js" lang=en>', { tag: 'he', dir: 'rtl' as const }, '<html lang="he" dir="rtl" class="no-js">'],
    ['<html lang="en">', { tag: '"><script>', dir: 'ltr' as const }, '<html lang="&quot;&gt;&lt;script&gt;" dir="ltr">'],
  ])('%s for %o', (root, language, expected) => {
    const html = fillTemplate(`<!doctype html>${root}<head></head><body><div id="root"></div></body></html>`, { ...filling, language });
    expect(html.slice('<!doctype html>'.length, html.indexOf('<head>'))).toBe(expected);
  });

  const meta: PageMeta = {
    title: 'T',
    description: 'D',
    canonical: 'https://example.org/events/a/',
    ogType: 'article',
    siteName: 'S',
    image: { url: 'https://example.org/og/a.png', width: 1200, height: 630, alt: 'A' },
    jsonLd: {},
    alternates: [],
    language: { tag: 'es', ogLocale: 'es_ES' },
  };

  test('the head names the page as its own alternate in its language and for every other, with its Open Graph locale', () => {
    const head = renderHead(meta);
    expect(head).toContain('<link rel="alternate" hreflang="es" href="https://example.org/events/a/" />');
    expect(head).toContain('<link rel="alternate" hreflang="x-default" href="https://example.org/events/a/" />');
    expect(head).toContain('<meta property="og:locale" content="es_ES" />');
  });

  test('a page not to be indexed claims no alternates', () => {
    expect(renderHead({ ...meta, noindex: true })).not.toContain('hreflang');
  });
});
