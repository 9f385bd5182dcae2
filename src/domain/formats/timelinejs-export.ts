import { parseEdtf, type DatePoint } from '../edtf';
import { formatEdtf } from '../format-date';
import type { TimelineEvent } from '../schema';
import type { ExportModel } from './export-source';
import { JsonArray, jsonDocumentPieces } from './json-pieces';
import type { Pieces } from './pieces';
import { textToHtml } from './plain-text';

/**
 * Events as a TimelineJS3 file, which timelinejs-import.ts reads back. Dates
 * keep their precision; the first actor is the group; the first source is the
 * slide's media (its link, with the quote as caption). TimelineJS has no
 * words for "approximate" or "uncertain", so those show in `display_date`
 * only, and the other sources, actors and tags are not carried.
 */

interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

const tlDate = (point: DatePoint): TlDate => {
  const [year = 0, month, day] = point.parts;
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
};

export function eventsToTimelineJs(model: ExportModel, events: readonly TimelineEvent[]): string {
  const slides = events.flatMap((event) => slideOf(model, event) ?? []);
  return `${JSON.stringify(timelineDocument(model, slides), null, 2)}\n`;
}

/** The same file as pieces, a slide at a time, for writing in slices (issue 21). */
export function eventsToTimelineJsPieces(model: ExportModel, events: readonly TimelineEvent[]): Pieces {
  function* slides() {
    for (const event of events) {
      const slide = slideOf(model, event);
      if (slide) yield slide;
    }
  }
  return jsonDocumentPieces(timelineDocument(model, new JsonArray(slides())), 'events');
}

const timelineDocument = (model: ExportModel, events: unknown) => ({
  title: { text: { headline: textToHtml(model.title), text: textToHtml(model.description) } },
  events,
});

/** One event's slide; none for a date that does not parse. */
function slideOf(model: ExportModel, event: TimelineEvent) {
  const date = parseEdtf(event.date);
  if (!date.ok) return null;
  const when = date.value;
  const qualified = [when.from, when.to].some((p) => p.approximate || p.uncertain);
  const source = event.sources[0];
  const article = source ? model.articles.get(source.article) : undefined;
  const group = model.actorById.get(event.actors[0] ?? '')?.name;
  return {
    unique_id: event.id,
    start_date: tlDate(when.from),
    ...(when.isRange ? { end_date: tlDate(when.to) } : {}),
    ...(qualified ? { display_date: formatEdtf(when, 'long') } : {}),
    text: { headline: textToHtml(event.title), text: textToHtml(event.summary) },
    ...(group ? { group } : {}),
    ...(article && source ? { media: { url: article.url, caption: textToHtml(`“${source.quote}”`), credit: textToHtml(article.outlet) } } : {}),
  };
}
