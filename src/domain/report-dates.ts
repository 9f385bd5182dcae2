import { i18n } from '../i18n/i18n';
import { directionOf } from '../i18n/locales';
import { formatCalendarDay } from './format-date';
import type { Article, Correction, TimelineEvent } from './schema';

/**
 * When an event became known, as against when it happened: the earliest
 * publication date among its sources, and which outlets published then.
 */
export interface FirstReport {
  published: string;
  outlets: string[];
}

export function firstReported(event: Pick<TimelineEvent, 'sources'>, articles: ReadonlyMap<string, Article>): FirstReport | null {
  let first: FirstReport | null = null;
  for (const source of event.sources) {
    const article = articles.get(source.article);
    if (!article) continue;
    if (!first || article.published < first.published) first = { published: article.published, outlets: [article.outlet] };
    else if (article.published === first.published && !first.outlets.includes(article.outlet)) first.outlets.push(article.outlet);
  }
  return first;
}

/** "18 Oct 2016" (or, long, "18 October 2016"), in the interface's language, from an ISO calendar date read as a calendar date (no time zone shift). */
export function formatDay(isoDay: string, style: 'short' | 'long' = 'long'): string {
  return formatCalendarDay(isoDay, style);
}

export const formatShortDay = (isoDay: string) => formatDay(isoDay, 'short');

/** "NBC News", "NBC News and Newstalk", "A, B and C". */
export function listNames(given: readonly string[]): string {
  // In a right-to-left sentence each name is isolated (U+2068 … U+2069), so a Latin
  // "NBC News" does not carry the date after it into its own direction.
  const names = directionOf(i18n.locale) === 'rtl' ? given.map((name) => `\u2068${name}\u2069`) : given;
  if (names.length <= 1) return names[0] ?? '';
  // The comma is the language's too: Arabic writes "،".
  const leading = names.slice(0, -1).reduce((list, name) => i18n._('{list}, {name}', { list, name }));
  return i18n._('{names} and {last}', { names: leading, last: names.at(-1) });
}

/** "First reported by NBC News, 18 Oct 2016". */
export function describeFirstReport(report: FirstReport): string {
  return i18n._('First reported by {outlets}, {date}', { outlets: listNames(report.outlets), date: formatShortDay(report.published) });
}

/** Corrections newest first; the order the file gives is kept among those of one day. */
export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
  return corrections
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => (a.date === b.date ? i - j : a.date < b.date ? 1 : -1))
    .map(([c]) => c);
}

/** The day an entry was last corrected, if it was. */
export function lastCorrected(corrections: readonly Pick<Correction, 'date'>[] | undefined): string | undefined {
  return corrections?.reduce<string | undefined>((latest, c) => (!latest || c.date > latest ? c.date : latest), undefined);
}
