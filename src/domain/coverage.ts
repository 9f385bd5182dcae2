import type { TimelineModel } from './load-dataset';
import { formatEdtf } from './format-date';
import { formatDay, newestFirst } from './report-dates';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number, one: string) => `${NUMBERS[n] ?? n} ${one}${n === 1 ? '' : 's'}`;

/**
 * What the timeline covers, from the data itself: the span of its events and
 * the publication dates of its articles. Nothing after the last article can
 * be in it, and the statement says so.
 */
export function describeCoverage(model: Pick<TimelineModel, 'span' | 'articles'>): string | null {
  const days = [...model.articles.values()].map((a) => a.published).sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const [from, to] = formatEdtf(model.span, 'long').split(' – ');
  const published = first === last ? `published on ${formatDay(first)}` : `published between ${formatDay(first)} and ${formatDay(last)}`;
  return `Events from ${from} to ${to ?? from}, as reported in ${count(days.length, 'article')} ${published}. Nothing later is covered.`;
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
