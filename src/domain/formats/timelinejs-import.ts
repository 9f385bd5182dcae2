import type { Problem } from '../load-dataset';
import type { Actor, Tag, TimelineEvent } from '../schema';
import { assemble, eventLocation, problem, titleFromFileName, type ConvertResult } from './converted';
import { htmlToText } from './plain-text';
import { idMaker } from './slug';

/**
 * A TimelineJS3 file (https://timeline.knightlab.com/docs/json-format.html)
 * as a document in our contract:
 * - `start_date`/`end_date` keep exactly the precision given: a year alone is
 *   a year, year and month a month; hours and minutes are dropped (the
 *   contract's finest unit is a day);
 * - `text.headline` and `text.text` are HTML there and plain text here;
 * - `group` becomes the event's actor and its tag, so "Lanes by actor" shows
 *   TimelineJS's group rows; an event without a group gets "Ungrouped";
 * - TimelineJS cites no sources, so events come without one (the app says so);
 *   media, backgrounds and eras are not carried over.
 */

const UNGROUPED = 'Ungrouped';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** TimelineJS writes numbers as numbers or strings ("2016", " 10", ""); blank means absent. */
function part(date: Json, key: string): number | null | 'bad' {
  const raw = date[key];
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(value) ? value : 'bad';
}

/** An EDTF date with the precision the TimelineJS date gives, or the reason it cannot be one. */
export function timelineJsDateToEdtf(value: unknown): string | { field: string; message: string } {
  if (!isObject(value)) return { field: '', message: 'must be an object like {"year": 2016, "month": 10}' };
  const year = part(value, 'year');
  const month = part(value, 'month');
  const day = part(value, 'day');
  if (year === null) return { field: '.year', message: 'is missing; TimelineJS needs at least a year' };
  if (year === 'bad' || year < 0 || year > 9999) return { field: '.year', message: 'must be a year from 0 to 9999' };
  if (month === 'bad' || (month !== null && (month < 1 || month > 12))) return { field: '.month', message: 'must be a month from 1 to 12' };
  if (day === 'bad' || (day !== null && (day < 1 || day > 31))) return { field: '.day', message: 'must be a day from 1 to 31' };
  if (day !== null && month === null) return { field: '.day', message: 'is given without a month' };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return [pad(year, 4), month !== null ? pad(month, 2) : null, day !== null ? pad(day, 2) : null].filter(Boolean).join('-');
}

const text = (value: unknown) => (typeof value === 'string' ? htmlToText(value) : typeof value === 'number' ? String(value) : '');

/** Loader field names → the TimelineJS keys an author sees. */
const KEYS: Record<string, string> = { title: 'text.headline', summary: 'text.text', date: 'start_date', id: 'unique_id', actors: 'group', tags: 'group' };

export function timelineJsToDataset(json: unknown, fileName: string): ConvertResult {
  if (!isObject(json) || !Array.isArray(json.events)) {
    return { ok: false, problems: [problem('events', 'is missing; a TimelineJS file lists its slides in "events"')] };
  }
  if (json.events.length === 0) return { ok: false, problems: [problem('events', 'is empty')] };
  const problems: Problem[] = [];
  const eventId = idMaker('event');
  const groupId = idMaker('group');
  const actors = new Map<string, Actor>();
  const tags = new Map<string, Tag>();
  const events: TimelineEvent[] = [];

  json.events.forEach((raw, i) => {
    if (problems.length >= 100) return;
    if (!isObject(raw)) return void problems.push(problem(`events[${i}]`, 'must be an object'));
    const start = timelineJsDateToEdtf(raw.start_date);
    const end = raw.end_date === undefined || raw.end_date === null || raw.end_date === '' ? null : timelineJsDateToEdtf(raw.end_date);
    if (typeof start !== 'string') return void problems.push(problem(`events[${i}].start_date${start.field}`, start.message));
    if (end !== null && typeof end !== 'string') return void problems.push(problem(`events[${i}].end_date${end.field}`, end.message));
    const slideText = isObject(raw.text) ? raw.text : {};
    const title = text(slideText.headline);
    const group = text(raw.group) || UNGROUPED;
    const id = groupId(group.toLowerCase(), group);
    if (!actors.has(id)) actors.set(id, { id, name: group, kind: 'organization', description: `A group in ${fileName}.` });
    if (!tags.has(id)) tags.set(id, { id, label: group, description: `A group in ${fileName}.` });
    const uniqueId = typeof raw.unique_id === 'string' ? raw.unique_id : '';
    events.push({
      id: eventId(`${i}`, uniqueId || title || `event-${i + 1}`),
      date: end === null || end === start ? start : `${start}/${end}`,
      title,
      // The contract wants a summary; a slide with a headline only is summed up by it.
      summary: text(slideText.text) || title,
      actors: [id],
      tags: [id],
      sources: [],
    });
  });
  if (problems.length > 0) return { ok: false, problems };

  const titleSlide = isObject(json.title) && isObject(json.title.text) ? json.title.text : {};
  const describe = (where: string) => {
    const at = eventLocation(where);
    if (!at) return where;
    const field = at.field.replace(/^(\w+)(\[\d+\])?/, (whole, key: string) => KEYS[key] ?? whole);
    return `events[${at.index}] "${events[at.index]?.id ?? ''}"${field ? ` › ${field}` : ''}`;
  };
  const dataset = assemble({
    title: text(titleSlide.headline) || titleFromFileName(fileName),
    description: text(titleSlide.text) || `Opened from ${fileName}.`,
    articles: [],
    actors: [...actors.values()],
    tags: [...tags.values()],
    events,
  });
  return { ok: true, converted: { dataset, describe } };
}
