import { i18n } from '../i18n/i18n';

// One formatter per interface language for every count the app shows: "100,000 events" reads
// better than "100000 events" (and "100.000 Ereignisse" in German), and `toLocaleString` would
// build a new one per call. The same locales as Lingui's `#` in a plural, so a count written
// through a placeholder and one written by a plural agree (the pseudo-locale falls back to English).
const formatters = new Map<string, Intl.NumberFormat>();

export function formatCount(count: number): string {
  const locale = i18n.locale;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat([locale, 'en']);
    formatters.set(locale, formatter);
  }
  return formatter.format(count);
}
