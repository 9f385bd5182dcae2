import type { HeadModel, TimelineModel } from './load-dataset';
import { i18n } from '../i18n/i18n';
import { formatEdtf } from './format-date';
import { formatDay, newestFirst } from './report-dates';

/** "five articles": small counts in words, as a sentence writes them. */
const articles = (count: number) =>
  i18n._(
    '{count, plural, =0 {no articles} one {one article} =2 {two articles} =3 {three articles} =4 {four articles} =5 {five articles} =6 {six articles} =7 {seven articles} =8 {eight articles} =9 {nine articles} =10 {ten articles} other {# articles}}',
    { count },
  );

/**
 * What the timeline covers, from the data itself: the span of its events and
 * the publication dates of its articles. Nothing after the last article can
 * be in it, and the statement says so.
 */
export function describeCoverage(model: Pick<HeadModel, 'span' | 'articles'>): string | null {
  const days = [...model.articles.values()].map((a) => a.published).sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const from = formatEdtf({ ...model.span, isRange: false, text: `${model.span.text}|from` }, 'long');
  const to = formatEdtf({ ...model.span, from: model.span.to, isRange: false, text: `${model.span.text}|to` }, 'long');
  const values = { from, to, articles: articles(days.length), first: formatDay(first), last: formatDay(last) };
  return first === last
    ? i18n._('Events from {from} to {to}, as reported in {articles} published on {first}. Nothing later is covered.', values)
    : i18n._('Events from {from} to {to}, as reported in {articles} published between {first} and {last}. Nothing later is covered.', values);
}

/** One correction, with the entry it corrects. */
export interface LoggedCorrection {
  date: string;
  text: string;
  kind: 'event' | 'story' | 'actor';
  id: string;
  name: string;
}

/** Every correction in the dataset, newest first. */
export function correctionsLog(model: Pick<TimelineModel, 'events' | 'stories' | 'actors'>): LoggedCorrection[] {
  const all: LoggedCorrection[] = [];
  for (const e of model.events) for (const c of e.corrections ?? []) all.push({ ...c, kind: 'event', id: e.id, name: e.title });
  for (const s of model.stories) for (const c of s.corrections ?? []) all.push({ ...c, kind: 'story', id: s.id, name: s.title });
  for (const a of model.actors) for (const c of a.corrections ?? []) all.push({ ...c, kind: 'actor', id: a.id, name: a.name });
  return newestFirst(all);
}
