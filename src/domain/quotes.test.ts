import { describe, expect, test } from 'vitest';
import { locateQuote, quoteParts } from './quotes';

const article = {
  paragraphs: [
    'Ecuador\u2019s government said Tuesday it had partly restricted internet access.',
    '"The Trump Administration\u2026is clearly intent," the statement says.',
    'WikiLeaks said Assange\u2019s internet access was cut off Sunday.',
  ],
};

describe('locateQuote', () => {
  test('finds a verbatim quote with its paragraph and offsets', () => {
    expect(locateQuote(article, 'cut off Sunday')).toEqual([{ paragraph: 2, start: 45, end: 59 }]);
  });

  test('joins verbatim parts around an ellipsis', () => {
    expect(locateQuote(article, 'Ecuador\u2019s government said Tuesday \u2026 cut off Sunday')).toEqual([
      { paragraph: 0, start: 0, end: 33 },
      { paragraph: 2, start: 45, end: 59 },
    ]);
  });

  test('an ellipsis that belongs to the article is matched as written', () => {
    expect(locateQuote(article, 'The Trump Administration\u2026is clearly intent')).toHaveLength(1);
  });

  test.each([
    ['straight apostrophe where the article has a curly one', "Ecuador's government"],
    ['a changed word', 'cut off Monday'],
    ['one part of two is invented', 'cut off Sunday \u2026 Ecuador invaded'],
    ['only an ellipsis', '\u2026'],
  ])('rejects %s', (_why, quote) => {
    expect(locateQuote(article, quote)).toBeNull();
  });

  test('splits on the ellipsis forms people type', () => {
    expect(quoteParts('a \u2026 b [...] c [\u2026] d')).toEqual(['a', 'b', 'c', 'd']);
  });
});
