import { pathFor } from './event-path';

/**
 * A story's step as a link: the step's event page, with the story and the
 * step (counted from 1) in the query, as the URL codec writes it. With
 * JavaScript off the link still opens that event's own page.
 */
export function storyStepHref(storyId: string, step: number, eventId: string, base: string): string {
  return `${pathFor(eventId, base)}?story=${storyId}&step=${step}`;
}
