import { describe, expect, test } from 'vitest';
import { htmlToText, textToHtml } from './plain-text';

describe('htmlToText', () => {
  test.each([
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['Fish &amp; chips &lt;3 &#8220;quoted&#8221; &#x2014; &hellip;', 'Fish & chips <3 “quoted” — …'],
    ['a < b and c > d', 'a < b and c > d'],
    ['line<br>break<br/>again', 'line\nbreak\nagain'],
    ['&bogus; &#0; &#xD800; &#99999999;', '&bogus; \ufffd \ufffd &#99999999;'],
  ])('%s', (html, text) => expect(htmlToText(html)).toBe(text));

  test.each([
    '<img src=x onerror=alert(1)>',
    '<script>window.__pwned = 1</script>',
    '<svg onload=alert(1)><script>alert(2)</script></svg>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    '<scr<script>ipt>alert(1)</script>',
    '<style>body{display:none}</style>',
    '<img src=x onerror=alert(1)',
  ])('leaves no tag and no script text from %s', (html) => {
    const text = htmlToText(`before ${html} after`);
    expect(text).not.toMatch(/<[a-z/!?]/i);
    expect(text).not.toMatch(/onerror|onload|__pwned|alert\(2\)|display:none/);
    expect(text.startsWith('before')).toBe(true);
  });

  test.each(Object.getOwnPropertyNames(Object.prototype))('the reference &%s; is not one of Object.prototype\'s members', (name) => {
    expect(htmlToText(`a &${name}; b`)).toBe(`a &${name}; b`);
  });

  test('escaped markup stays visible text, for React to show as text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  test('is quick on hostile input that would make a careless pattern backtrack', () => {
    const started = performance.now();
    htmlToText('<script'.repeat(30_000) + '<'.repeat(50_000) + '&#'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('textToHtml and htmlToText are inverses for plain text', () => {
    const text = 'A & B <i>not markup</i> "quoted" it\'s\nnext line';
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});
