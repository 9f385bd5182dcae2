import { afterEach, describe, expect, it } from 'vitest';
import { formatEdtf, describePrecision } from '../domain/format-date';
import { parseEdtf } from '../domain/edtf';
import { activateLocale } from './i18n';
import { directionOf, matchCatalogLocale, matchLocale } from './locales';

describe('language tags', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['pt_BR', 'pt'],
    ['DE', 'de'],
    ['tlh', null],
    ['', null],
    ['constructor', null],
    ['__proto__', null],
  ])('%s → %s', (tag, locale) => expect(matchLocale(tag)).toBe(locale));

  it('reaches the pseudo-locale only by its own name', () => {
    expect(matchCatalogLocale('pseudo')).toBe('pseudo');
    expect(matchLocale('pseudo')).toBeNull();
  });

  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en', 'ltr'],
    ['es', 'ltr'],
  ])('%s is written %s', (tag, dir) => expect(directionOf(tag)).toBe(dir));
});

describe('dates in the interface language', () => {
  afterEach(() => activateLocale('en'));

  const label = (text: string, style: 'short' | 'long' = 'short') => {
    const parsed = parseEdtf(text);
    if (!parsed.ok) throw new Error(text);
    return formatEdtf(parsed.value, style);
  };

  it('keeps each precision in Spanish: a month is "octubre de 2016", never a day', async () => {
    await activateLocale('es');
    expect(label('2016-10', 'long')).toBe('octubre de 2016');
    expect(label('2016-10-16', 'long')).toBe('16 de octubre de 2016');
    expect(label('2016')).toBe('2016');
    expect(label('2018-11~')).toBe('h. nov 2018');
  });

  it('words precision and doubt in German and Portuguese', async () => {
    await activateLocale('de');
    const range = parseEdtf('2016-09/2017-07');
    if (!range.ok) throw new Error('range');
    expect(describePrecision(range.value)).toBe('Ein Zeitraum, auf den Monat genau bekannt.');
    await activateLocale('pt');
    const doubtful = parseEdtf('2017-04-20?');
    if (!doubtful.ok) throw new Error('doubtful');
    expect(describePrecision(doubtful.value)).toBe('Data conhecida até o dia; incerta.');
  });

  it('goes back to the English labels', async () => {
    await activateLocale('es');
    expect(label('2016-10')).toBe('oct 2016');
    await activateLocale('en');
    expect(label('2016-10')).toBe('Oct 2016');
    expect(label('2016-09/2017-07', 'long')).toBe('September 2016 – July 2017');
  });
});
