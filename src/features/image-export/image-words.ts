import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';

/**
 * The words around the picture: the period it shows, its credit line and the
 * file's name. Pure, with dates in UTC as the timeline's axis draws them.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "1 Sep 2016", in the words the timeline's own dates use (date-fns' "d MMM yyyy"), of the UTC day. */
const dayLabel = (time: number) => {
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
};

/** "Period shown: 3 Oct 2016 – 28 Mar 2017"; the window's end is the first moment past it, so the last day is the one before. */
export function periodLine(window: { start: number; end: number }): string {
  const last = Math.max(window.start, window.end - 1);
  return `Period shown: ${dayLabel(window.start)} – ${dayLabel(last)}`;
}

/** The outlets of the articles the drawn events quote (their disputes' sources too), in the dataset's order of articles. */
export function sourceOutlets(model: Pick<TimelineModel, 'articles'>, events: readonly Pick<ModelEvent, 'sources' | 'disputes'>[]): string[] {
  const used = new Set(events.flatMap((e) => [...e.sources.map((s) => s.article), ...(e.disputes ?? []).flatMap((d) => d.positions.map((p) => p.source.article))]));
  const outlets: string[] = [];
  for (const article of model.articles.values()) if (used.has(article.id) && !outlets.includes(article.outlet)) outlets.push(article.outlet);
  return outlets;
}

/** "Sources: NBC News, Newstalk. From example.org/timeline/" — without a scheme, as an address is read aloud or printed. */
export function creditLine(outlets: readonly string[], siteUrl: string): string {
  const address = siteUrl.replace(/^https?:\/\//, '');
  const sources = outlets.length ? `Sources: ${outlets.join(', ')}.` : 'No event, so no source, in this period.';
  return `${sources} From the timeline at ${address}`;
}

const month = (time: number) => new Date(time).toISOString().slice(0, 7);

/** `assange-timeline-2016-10.png`: the months the period spans, one when it lies in one. */
export function imageFileName(window: { start: number; end: number }, extension: 'png' | 'svg'): string {
  const from = month(window.start);
  const to = month(Math.max(window.start, window.end - 1));
  return `assange-timeline-${from === to ? from : `${from}-to-${to}`}.${extension}`;
}
