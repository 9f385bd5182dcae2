import { describe, expect, test } from 'vitest';
import { keepLastWordsTogether } from './card-typography';

describe('keepLastWordsTogether: the last line never holds one word alone', () => {
  test('English joins its last two words, numbers included, as the cards always have', () => {
    expect(keepLastWordsTogether('on February 5, 2016.')).toBe('on February 5,\u00a02016.');
    expect(keepLastWordsTogether('Assange stays in the embassy')).toBe('Assange stays in the\u00a0embassy');
  });
  test('Arabic joins two Arabic words', () => {
    expect(keepLastWordsTogether('أسانج على شرفة السفارة')).toBe('أسانج على شرفة\u00a0السفارة');
  });
  test('not an Arabic word and a number, which satori would reorder as one word (“حدثان، 2016” drawn “حدثان2016 ،”)', () => {
    expect(keepLastWordsTogether('حدثان، 2016')).toBe('حدثان، 2016');
    expect(keepLastWordsTogether('بحسب NBC News')).toBe('بحسب NBC\u00a0News');
    expect(keepLastWordsTogether('قالت NBC أخبار')).toBe('قالت NBC أخبار');
  });
  test('one word stays as it is', () => {
    expect(keepLastWordsTogether('ويكيليكس')).toBe('ويكيليكس');
  });
});
