import { i18n } from '../../i18n/i18n';
import { parseEdtf } from '../edtf';
import { describePrecision, formatEdtf } from '../format-date';
import type { TimelineEvent } from '../schema';
import type { ExportModel } from './export-source';
import type { Pieces } from './pieces';

/**
 * Events as an iCalendar file (RFC 5545), one VEVENT each, all day: a day is
 * that day; a month, a year or a period spans exactly that time, DTEND being
 * the day after its last day (DTEND is exclusive). So no calendar shows a day
 * the sources do not give. Approximate and uncertain dates keep their span
 * and say so in the description.
 *
 * Written here rather than by the `ics` package, which validated each event
 * with a schema library and took 73 s for 150,000 events (issue 21); this is
 * one pass of string building.
 */

/** The calendar day of a UTC millisecond as an iCalendar DATE: 20161016. */
function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10).replace(/-/g, '');
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** A content line folded at 75 octets (RFC 5545 3.1), never inside a character. */
function fold(line: string): string {
  if (line.length <= 75 && encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = char.length === 2 ? 4 : char.charCodeAt(0) < 0x80 ? 1 : char.charCodeAt(0) < 0x800 ? 2 : 3;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const stampDay = (day: string | undefined) => (day ? `${day.replace(/-/g, '')}T000000Z` : undefined);

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsOptions {
  /** Where an event's page lives: `${eventUrlBase}${id}/`. Null for a timeline opened from a file, whose events have no page. */
  eventUrlBase: string | null;
  /** The host that makes UIDs globally unique. */
  uidDomain: string;
  /**
   * The ISO day an event last changed, for its DTSTAMP; without it, the time
   * of writing. The build's subscribed calendar (issue 23) needs it so two
   * builds of one dataset write the same file.
   */
  stampOf?: (event: TimelineEvent) => string | undefined;
}

const header = (model: ExportModel) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:assange-timeline/ics', 'METHOD:PUBLISH', fold(`X-WR-CALNAME:${text(model.title)}`), 'X-PUBLISHED-TTL:PT1H'];

/** One event's VEVENT lines, or none for a date that does not parse. */
function eventLines(model: ExportModel, event: TimelineEvent, options: IcsOptions, now: string): string[] {
  const date = parseEdtf(event.date);
  if (!date.ok) return [];
  const when = date.value;
  const sources = event.sources.map((s) => {
    const article = model.articles.get(s.article);
    return `“${s.quote}” — ${article ? `${article.outlet}, “${article.title}”, ${article.published}, ${article.url}` : s.article}`;
  });
  const description = [
    event.summary,
    // The calendar's own words are in the interface language, as its dates already are (issue 22).
    i18n._('Date: {date}. {precision}', { date: formatEdtf(when, 'long'), precision: describePrecision(when) }),
    ...(sources.length ? [i18n._('Sources:'), ...sources] : [i18n._('No source is given for this event.')]),
  ].join('\n\n');
  const url = options.eventUrlBase ? `${options.eventUrlBase}${encodeURIComponent(event.id)}/` : undefined;
  return [
    'BEGIN:VEVENT',
    fold(`UID:${text(`${event.id}@${options.uidDomain}`)}`),
    fold(`SUMMARY:${text(event.title)}`),
    `DTSTAMP:${stampDay(options.stampOf?.(event)) ?? now}`,
    `DTSTART;VALUE=DATE:${dayOf(when.start)}`,
    `DTEND;VALUE=DATE:${dayOf(when.end + 1)}`,
    fold(`DESCRIPTION:${text(description)}`),
    ...(url ? [fold(`URL:${url}`)] : []),
    'END:VEVENT',
  ];
}

const NO_EVENT = 'there is no event to export';

type IcsResult = { ok: true; text: string } | { ok: false; error: string };

function finish(lines: string[], count: number): IcsResult {
  if (count === 0) return { ok: false, error: NO_EVENT };
  lines.push('END:VCALENDAR');
  return { ok: true, text: `${lines.join('\r\n')}\r\n` };
}

export function eventsToIcs(model: ExportModel, events: readonly TimelineEvent[], options: IcsOptions): IcsResult {
  const lines = header(model);
  const now = stamp();
  let count = 0;
  for (const event of events) {
    const vevent = eventLines(model, event, options, now);
    if (vevent.length) count++;
    lines.push(...vevent);
  }
  return finish(lines, count);
}

/**
 * The same calendar as pieces, an event at a time, for writing in slices
 * (issue 21): the lines were once built in slices but joined in one go,
 * which still held the page for 1.8 s at 150,000 events.
 */
export function* eventsToIcsPieces(model: ExportModel, events: readonly TimelineEvent[], options: IcsOptions): Pieces {
  yield `${header(model).join('\r\n')}\r\n`;
  const now = stamp();
  let count = 0;
  for (const [i, event] of events.entries()) {
    const vevent = eventLines(model, event, options, now);
    if (vevent.length) {
      count++;
      yield `${vevent.join('\r\n')}\r\n`;
    }
    yield i + 1;
  }
  if (count === 0) return { error: NO_EVENT };
  yield 'END:VCALENDAR\r\n';
}
