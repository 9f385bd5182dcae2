import { formatCalendarDay } from '../../domain/format-date';
import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { i18n } from '../../i18n/i18n';

/**
 * The words around the picture: the period it shows, its credit line and the
 * file's name, in the interface's language. Pure, with dates in UTC as the
 * timeline's axis draws them.
 */

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * "Period shown: 3 Oct 2016 – 28 Mar 2017", in the words the timeline's own dates use (format-date.ts),
 * of the UTC days; the window's end is the first moment past it, so the last day is the one before.
 */
export function periodLine(window: { start: number; end: number }): string {
  // Two days written as event days are (no EDTF parser pulled into the picture's chunk for them).
  const period = i18n._('{from} – {to}', { from: formatCalendarDay(isoDay(window.start)), to: formatCalendarDay(isoDay(Math.max(window.start, window.end - 1))) });
  return i18n._('Period shown: {period}', { period });
}

/** The outlets of the articles the drawn events quote (their disputes' sources too), in the dataset's order of articles. */
export function sourceOutlets(model: Pick<TimelineModel, 'articles'>, events: readonly Pick<ModelEvent, 'sources' | 'disputes'>[]): string[] {
  const used = new Set(events.flatMap((e) => [...e.sources.map((s) => s.article), ...(e.disputes ?? []).flatMap((d) => d.positions.map((p) => p.source.article))]));
  const outlets: string[] = [];
  for (const article of model.articles.values()) if (used.has(article.id) && !outlets.includes(article.outlet)) outlets.push(article.outlet);
  return outlets;
}

/** "Sources: NBC News, Newstalk. From the timeline at example.org/timeline/" — without a scheme, as an address is read aloud or printed. */
export function creditLine(outlets: readonly string[], siteUrl: string): string {
  const address = siteUrl.replace(/^https?:\/\//, '');
  return outlets.length
    ? i18n._('Sources: {outlets}. From the timeline at {address}', { outlets: outlets.join(', '), address })
    : i18n._('No event, so no source, in this period. From the timeline at {address}', { address });
}

const month = (time: number) => new Date(time).toISOString().slice(0, 7);

/** `assange-timeline-2016-10.png`: the months the period spans, one when it lies in one. */
export function imageFileName(window: { start: number; end: number }, extension: 'png' | 'svg'): string {
  const from = month(window.start);
  const to = month(Math.max(window.start, window.end - 1));
  return `assange-timeline-${from === to ? from : `${from}-to-${to}`}.${extension}`;
}
