// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { EMBED_HEIGHT, embedSnippet } from './embed-snippet';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('the embed code', () => {
  test('an iframe with a title, lazy loading, full width and a fixed height, then the script', () => {
    const body = parse(embedSnippet({ src: 'https://example.org/t/embed/?event=cut-off&tags=asylum', script: 'https://example.org/t/embed.js', title: 'A timeline' }));
    expect([...body.children].map((el) => el.localName)).toEqual(['iframe', 'script']);
    const frame = body.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://example.org/t/embed/?event=cut-off&tags=asylum');
    expect(frame.getAttribute('title')).toBe('Interactive timeline: A timeline');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('height')).toBe(String(EMBED_HEIGHT));
    const script = body.querySelector('script')!;
    expect(script.getAttribute('src')).toBe('https://example.org/t/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
  });

  test('without the script it is the iframe alone', () => {
    expect([...parse(embedSnippet({ src: 'https://example.org/embed/', script: null, title: 'T' })).children].map((el) => el.localName)).toEqual(['iframe']);
  });

  test('a hostile title stays inside its attribute', () => {
    const title = `"><script>alert(1)</script><img src=x onerror=alert(2)> & 'more'`;
    const html = embedSnippet({ src: 'https://example.org/embed/?q=a"b', script: null, title });
    const body = parse(html);
    expect(body.children).toHaveLength(1);
    expect(body.querySelector('iframe')!.getAttribute('title')).toBe(`Interactive timeline: ${title}`);
    expect(body.querySelector('iframe')!.getAttribute('src')).toBe('https://example.org/embed/?q=a"b');
    expect(html).not.toMatch(/<script>|<img/);
  });
});
