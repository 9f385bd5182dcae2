import { describe, expect, test } from 'vitest';
import type { TimelineModel } from '../domain/load-dataset';
import { readingDirection } from './reading-direction';

const withLang = (lang: string) => ({ lang }) as TimelineModel;

describe('readingDirection: which way the page reads', () => {
  test('the interface language decides when the site speaks the dataset’s language', () => {
    expect(readingDirection({ locale: 'ar', chosenLocale: null, model: withLang('ar'), pageLang: 'ar' })).toBe('rtl');
    expect(readingDirection({ locale: 'en', chosenLocale: null, model: withLang('en'), pageLang: 'en' })).toBe('ltr');
    // A reader of the Arabic timeline who picks English reads left to right, and the reverse.
    expect(readingDirection({ locale: 'en', chosenLocale: 'en', model: withLang('ar'), pageLang: 'ar' })).toBe('ltr');
    expect(readingDirection({ locale: 'ar', chosenLocale: 'ar', model: withLang('en'), pageLang: 'en' })).toBe('rtl');
  });

  test('a Hebrew or Persian timeline in the English stand-in interface reads right to left, as its static pages do', () => {
    expect(readingDirection({ locale: 'en', chosenLocale: null, model: withLang('he'), pageLang: 'he' })).toBe('rtl');
    expect(readingDirection({ locale: 'en', chosenLocale: null, model: withLang('fa-IR'), pageLang: 'fa-IR' })).toBe('rtl');
    // Before the data is in, the page's own language (the build's) says so.
    expect(readingDirection({ locale: 'en', chosenLocale: null, model: null, pageLang: 'he' })).toBe('rtl');
    // English chosen is the stand-in itself, which the address does not carry: no turn.
    expect(readingDirection({ locale: 'en', chosenLocale: 'en', model: withLang('he'), pageLang: 'he' })).toBe('rtl');
  });

  test('another interface language the reader chose for it takes its own direction', () => {
    expect(readingDirection({ locale: 'es', chosenLocale: 'es', model: withLang('he'), pageLang: 'he' })).toBe('ltr');
    expect(readingDirection({ locale: 'ar', chosenLocale: 'ar', model: withLang('he'), pageLang: 'he' })).toBe('rtl');
  });

  test('a left-to-right language the site lacks stays left to right', () => {
    expect(readingDirection({ locale: 'en', chosenLocale: null, model: withLang('it'), pageLang: 'it' })).toBe('ltr');
  });
});
