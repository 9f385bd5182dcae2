import type { ModelEvent } from '../../domain/load-dataset';
import { i18n } from '../../i18n/i18n';
import { dateLocaleOf, type CatalogLocale } from '../../i18n/locales';

/**
 * The vertical timeline's structure, free of the DOM: events grouped by year
 * (and by month where a year is dense), with runs of empty years compressed
 * into one "2013–2015 · no events" marker instead of empty space.
 */

/** A year with at least this many events gets month headers. */
export const DENSE_YEAR = 8;

export interface MonthGroup {
  /** 1–12; null for events known only to the year (they come first) or in a year too sparse for month headers. */
  month: number | null;
  events: ModelEvent[];
}

export interface YearSection {
  kind: 'year';
  year: number;
  count: number;
  groups: MonthGroup[];
}

export interface GapSection {
  kind: 'gap';
  from: number;
  to: number;
}

export type Section = YearSection | GapSection;

const yearOf = (time: number) => new Date(time).getUTCFullYear();
const monthOf = (time: number) => new Date(time).getUTCMonth() + 1;

/** Events must be sorted by start, as the model and the filtered list are. */
export function buildSections(events: readonly ModelEvent[], dense = DENSE_YEAR): Section[] {
  const sections: Section[] = [];
  let i = 0;
  while (i < events.length) {
    const year = yearOf(events[i]!.when.start);
    let j = i;
    while (j < events.length && yearOf(events[j]!.when.start) === year) j++;
    const previous = sections.at(-1);
    if (previous?.kind === 'year' && year - previous.year > 1) sections.push({ kind: 'gap', from: previous.year + 1, to: year - 1 });
    sections.push({ kind: 'year', year, count: j - i, groups: groupByMonth(events.slice(i, j), dense) });
    i = j;
  }
  return sections;
}

function groupByMonth(events: ModelEvent[], dense: number): MonthGroup[] {
  if (events.length < dense) return [{ month: null, events }];
  const yearOnly = events.filter((e) => e.when.from.precision === 'year');
  const groups: MonthGroup[] = yearOnly.length ? [{ month: null, events: yearOnly }] : [];
  for (const event of events) {
    if (event.when.from.precision === 'year') continue;
    const month = monthOf(event.when.start);
    const last = groups.at(-1);
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** 1–12 to "January" … "December", in the interface's language ("enero", "Januar"). */
export function monthName(month: number): string {
  const locale = dateLocaleOf(i18n.locale as CatalogLocale);
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long' })));
  return format.format(Date.UTC(2000, month - 1, 1));
}

export function gapLabel(gap: GapSection): string {
  return i18n._('{years} · no events', { years: gap.from === gap.to ? String(gap.from) : `${gap.from}–${gap.to}` });
}

/** One line of the windowed (very long) list. */
export type Row =
  | { kind: 'year'; year: number; count: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'gap'; gap: GapSection }
  | { kind: 'event'; event: ModelEvent; year: number; month: number | null };

/** The sections as flat rows, for the windowed list that draws only what is in view. */
export function flattenSections(sections: readonly Section[]): Row[] {
  const rows: Row[] = [];
  for (const section of sections) {
    if (section.kind === 'gap') {
      rows.push({ kind: 'gap', gap: section });
      continue;
    }
    rows.push({ kind: 'year', year: section.year, count: section.count });
    for (const group of section.groups) {
      if (group.month !== null) rows.push({ kind: 'month', year: section.year, month: group.month });
      for (const event of group.events) rows.push({ kind: 'event', event, year: section.year, month: group.month });
    }
  }
  return rows;
}
