import { describe, expect, test } from 'vitest';
import { textDirection } from './direction';

describe('textDirection, the first strong letter as dir="auto" reads it', () => {
  test('an Arabic or Hebrew text reads right to left, an English one left to right', () => {
    expect(textDirection('أسانج على شرفة السفارة')).toBe('rtl');
    expect(textDirection('שלום')).toBe('rtl');
    expect(textDirection('WikiLeaks founder Julian Assange')).toBe('ltr');
  });
  test('digits, punctuation and marks do not decide: the first letter after them does', () => {
    expect(textDirection('“2016: ويكيليكس”')).toBe('rtl');
    expect(textDirection('٢٠١٨ — Assange')).toBe('ltr');
  });
  test('a text with no letter has no direction of its own', () => {
    expect(textDirection('2016 · 38')).toBeNull();
    expect(textDirection('')).toBeNull();
  });
});
