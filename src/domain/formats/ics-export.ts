import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { parseEdtf } from '../edtf';
import { describePrecision, formatEdtf } from '../format-date';
import type { TimelineEvent } from '../schema';
import type { ExportModel } from './export-source';

/**
 * Events as an iCalendar file (RFC 5545), one VEVENT each, all day: a day is
 * that day; a month, a year or a period spans exactly that time, DTEND being
 * the day after its last day (DTEND is exclusive). So no calendar shows a day
 * the sources do not give. Approximate and uncertain dates keep their span
 * and say so in the description.
 */


/** The calendar day of a UTC millisecond, as `ics` wants a date-only value: [year, month, day]. */
function dayOf(time: number): DateArray {
  const date = new Date(time);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

export interface IcsOptions {
  /** Where an event's page lives: `${eventUrlBase}${id}/`. Null for a timeline opened from a file, whose events have no page. */
  eventUrlBase: string | null;
  /** The host that makes UIDs globally unique. */
  uidDomain: string;
}

export function eventsToIcs(model: ExportModel, events: readonly TimelineEvent[], options: IcsOptions): { ok: true; text: string } | { ok: false; error: string } {
  const entries: EventAttributes[] = [];
  for (const event of events) {
    const date = parseEdtf(event.date);
    if (!date.ok) continue;
    const when = date.value;
    const sources = event.sources.map((s) => {
      const article = model.articles.get(s.article);
      return `“${s.quote}” — ${article ? `${article.outlet}, “${article.title}”, ${article.published}, ${article.url}` : s.article}`;
    });
    const description = [
      event.summary,
      `Date: ${formatEdtf(when, 'long')}. ${describePrecision(when)}`,
      ...(sources.length ? ['Sources:', ...sources] : ['No source is given for this event.']),
    ].join('\n\n');
    const url = options.eventUrlBase ? `${options.eventUrlBase}${encodeURIComponent(event.id)}/` : undefined;
    entries.push({
      uid: `${event.id}@${options.uidDomain}`,
      title: event.title,
      description,
      start: dayOf(when.start),
      end: dayOf(when.end + 1),
      ...(url ? { url } : {}),
      calName: model.title,
      productId: 'assange-timeline/ics',
    });
  }
  if (entries.length === 0) return { ok: false, error: 'there is no event to export' };
  const { error, value } = createEvents(entries);
  return error || !value ? { ok: false, error: error?.message ?? 'the calendar could not be written' } : { ok: true, text: value };
}

