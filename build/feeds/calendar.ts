import type { TimelineModel } from '../../src/domain/load-dataset';
import { eventsToIcs } from '../../src/domain/formats/ics-export';
import type { SiteConfig } from '../site-config';

/**
 * The whole timeline as one calendar at a stable address (issue 23), written
 * by the same writer as the export menu's .ics, so its entries are all-day at
 * the sources' precision. UIDs are the event's id at the site's host, and
 * each DTSTAMP is the day the event last changed, so a subscribed calendar
 * updates its entries instead of doubling them, and two builds write the same file.
 */
export function subscribedCalendar(model: TimelineModel, site: SiteConfig): string {
  const result = eventsToIcs(model, model.events, {
    // pathFor's folder: `${eventUrlBase}${id}/` is each event's page.
    eventUrlBase: new URL('events/', site.siteUrl).href,
    uidDomain: new URL(site.siteUrl).hostname,
    stampOf: (event) => event.revised ?? event.added,
  });
  if (!result.ok) throw new Error(`the calendar could not be written: ${result.error}`);
  return result.text;
}
