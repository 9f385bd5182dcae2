import { describe, expect, test } from 'vitest';
import { envelope, eventFromHash, hashFor, MAX_HEIGHT, readFrameMessage, readHostMessage } from './embed-protocol';
import { isEmbedPath } from './event-path';

const wire = (message: Record<string, unknown>) => structuredClone({ protocol: 'timeline-embed', version: 1, ...message });

describe('messages that pass', () => {
  test.each([
    [{ type: 'hello', id: null }],
    [{ type: 'hello', id: 'internet-cut-off' }],
    [{ type: 'show', id: 'internet-cut-off' }],
    [{ type: 'show', id: null }],
  ] as const)('host %j', (message) => {
    expect(readHostMessage(structuredClone(envelope(message)))).toEqual(message);
  });

  test.each([[{ type: 'height', height: 612 }], [{ type: 'selected', id: 'sessions-priority' }], [{ type: 'selected', id: null }]] as const)('frame %j', (message) => {
    expect(readFrameMessage(structuredClone(envelope(message)))).toEqual(message);
  });

  test('a host id is passed on as text, however odd, for the frame to check; a long one is cut', () => {
    expect(readHostMessage(wire({ type: 'show', id: '<img src=x onerror=alert(1)>' }))).toEqual({ type: 'show', id: '<img src=x onerror=alert(1)>' });
    expect(readHostMessage(wire({ type: 'show', id: 'x'.repeat(10_000) }))?.id).toHaveLength(200);
  });
});

describe('anything else is ignored', () => {
  test.each<[string, unknown]>([
    ['undefined', undefined],
    ['a string', 'hello'],
    ['a JSON string of a message', JSON.stringify(envelope({ type: 'show', id: 'a' }))],
    ['an array', [envelope({ type: 'show', id: 'a' })]],
    ['another protocol', { protocol: 'other', version: 1, type: 'show', id: 'a' }],
    ['another version', { protocol: 'timeline-embed', version: 2, type: 'show', id: 'a' }],
    ['a version as text', { protocol: 'timeline-embed', version: '1', type: 'show', id: 'a' }],
    ['an unknown type', wire({ type: 'navigate', url: 'https://evil.test/' })],
    ['a frame message sent to the frame', wire({ type: 'height', height: 10 })],
    ['an id that is a number', wire({ type: 'show', id: 7 })],
    ['an id that is an object', wire({ type: 'show', id: { toString: 'x' } })],
    ['a missing id', wire({ type: 'hello' })],
  ])('to the frame: %s', (_name, data) => {
    expect(readHostMessage(data)).toBeNull();
  });

  test.each<[string, unknown]>([
    ['a host message sent to the host', wire({ type: 'show', id: 'a' })],
    ['a negative height', wire({ type: 'height', height: -1 })],
    ['an enormous height', wire({ type: 'height', height: MAX_HEIGHT + 1 })],
    ['an infinite height', wire({ type: 'height', height: Infinity })],
    ['NaN', wire({ type: 'height', height: NaN })],
    ['a height as text', wire({ type: 'height', height: '600px' })],
    ['a selected id that is not a slug', wire({ type: 'selected', id: 'x"><script>' })],
    ['a selected id with a hash', wire({ type: 'selected', id: 'a#b' })],
    ['a selected id too long for an event', wire({ type: 'selected', id: 'a'.repeat(121) })],
  ])('to the host: %s', (_name, data) => {
    expect(readFrameMessage(data)).toBeNull();
  });
});

describe('the host page\'s hash', () => {
  test.each<[string, string | null]>([
    ['', null],
    ['#', null],
    ['#comments', null],
    ['#event=internet-cut-off', 'internet-cut-off'],
    ['#event=', ''],
    ['#event=a%20b', 'a b'],
    ['#event=%E2%8', '%E2%8'],
    ['#event=a&x=1', null],
    ['#event=a#b', null],
  ])('%j names %j', (hash, id) => {
    expect(eventFromHash(hash)).toBe(id);
  });

  test('hashFor and eventFromHash are inverse', () => {
    expect(eventFromHash(hashFor('sessions-priority'))).toBe('sessions-priority');
  });
});

test.each<[string, string, boolean]>([
  ['/embed/', '/', true],
  ['/embed', '/', true],
  ['/embed/index.html', '/', true],
  ['/timeline/embed/', '/timeline/', true],
  ['/embed/', '/timeline/', false],
  ['/events/embed/', '/', false],
  ['/embedded/', '/', false],
])('isEmbedPath(%j, %j) is %s', (pathname, base, expected) => {
  expect(isEmbedPath(pathname, base)).toBe(expected);
});
