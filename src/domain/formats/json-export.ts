import { SCHEMA_VERSION, type Dataset, type TimelineEvent } from '../schema';
import { plainEvent, type ExportModel } from './export-source';
import { jsonDocumentPieces } from './json-pieces';
import type { Pieces } from './pieces';

/**
 * The shown events as a file in our own contract: only the articles, actors
 * and tags they name (so the loader finds no loose ends), in the model's
 * order. It opens again in the app and passes `npm run validate`.
 *
 * Stories come along only when every one of their steps is among the shown
 * events: a story with steps cut out would say something its editor did not.
 */
export function eventsToDataset(model: ExportModel, events: readonly TimelineEvent[]): Dataset {
  const steps = datasetSteps(model, events);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Events between pauses of the passes over all of them. */
const PAUSE_EVERY = 2_000;

/** eventsToDataset with a pause point every few thousand events (it yields 0: nothing is written yet). */
function* datasetSteps(model: ExportModel, events: readonly TimelineEvent[]): Generator<number, Dataset, void> {
  const articles = new Set<string>();
  const actors = new Set<string>();
  const tags = new Set<string>();
  for (const [i, event] of events.entries()) {
    if (i % PAUSE_EVERY === 0) yield 0;
    event.actors.forEach((id) => actors.add(id));
    event.tags.forEach((id) => tags.add(id));
    event.sources.forEach((s) => articles.add(s.article));
    event.disputes?.forEach((d) =>
      d.positions.forEach((p) => {
        actors.add(p.actor);
        articles.add(p.source.article);
      }),
    );
  }
  const shown = new Set<string>();
  const plain: TimelineEvent[] = [];
  for (const [i, event] of events.entries()) {
    if (i % PAUSE_EVERY === 0) yield 0;
    shown.add(event.id);
    plain.push(plainEvent(event));
  }
  const stories = (model.stories ?? []).filter((story) => story.steps.every((step) => shown.has(step.event)));
  return {
    schemaVersion: SCHEMA_VERSION,
    title: model.title,
    description: model.description,
    span: model.span.text,
    // Corrections travel with their entries, so a copy says what was corrected and when.
    ...(model.updated ? { updated: model.updated } : {}),
    articles: [...model.articles.values()].filter((a) => articles.has(a.id)),
    tags: [...model.tagById.values()].filter((t) => tags.has(t.id)),
    actors: [...model.actorById.values()].filter((a) => actors.has(a.id)),
    events: plain,
    ...(stories.length > 0 ? { stories: stories.map(({ id, title, summary, steps, corrections }) => ({ id, title, summary, steps: steps.map(({ event, note }) => ({ event, note })), ...(corrections ? { corrections } : {}) })) } : {}),
  };
}

export const datasetToJson = (dataset: Dataset) => `${JSON.stringify(dataset, null, 2)}\n`;

/** datasetToJson(eventsToDataset(model, events)) as pieces, for writing in slices. */
export function* eventsToJsonPieces(model: ExportModel, events: readonly TimelineEvent[]): Pieces {
  const dataset = yield* datasetSteps(model, events);
  yield* jsonDocumentPieces({ ...dataset }, 'events');
}
