import type { TimelineModel } from '../check-dataset';
import type { Article } from '../schema';
import { readEdtfDirectly } from '../edtf-direct';
import { SCHEMA_VERSION } from '../schema';
import { INDEX_FORMAT, INDEX_VERSION, type ArticleHead, type TimelineIndex } from './index-format';

/** The file a checked model was loaded from: its size and SHA-256 (hex), which the index records. */
export interface DataFileStamp {
  bytes: number;
  sha256: string;
}

function articleHead({ paragraphs: _p, captions: _c, ...head }: Article): ArticleHead {
  return head;
}

/** The index of a model that passed every check (the build's, or the file worker's). */
export function writeTimelineIndex(model: TimelineModel, data: DataFileStamp): TimelineIndex {
  const actorIndex = new Map(model.actors.map((actor, i) => [actor.id, i]));
  const tagIndex = new Map(model.tags.map((tag, i) => [tag.id, i]));
  const events = model.events;
  const dates: Record<string, TimelineIndex['dates'][string]> = {};
  const keep = (text: string, when: TimelineIndex['dates'][string]) => {
    if (!readEdtfDirectly(text)) dates[text] = when;
  };
  keep(model.span.text, model.span);
  events.forEach((event) => keep(event.date, event.when));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    data,
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      lang: model.lang,
      title: model.title,
      description: model.description,
      span: model.span.text,
      ...(model.updated ? { updated: model.updated } : {}),
      articles: [...model.articles.values()].map(articleHead),
      actors: [...model.actors],
      tags: [...model.tags],
      stories: [...model.stories],
    },
    events: {
      id: events.map((e) => e.id),
      title: events.map((e) => e.title),
      date: events.map((e) => e.date),
      actors: events.map((e) => e.actors.map((id) => actorIndex.get(id)!)),
      tags: events.map((e) => e.tags.map((id) => tagIndex.get(id)!)),
      disputed: events.map((e) => (e.disputes?.length ? 1 : 0)),
      added: events.map((e) => e.added ?? null),
      revised: events.map((e) => e.revised ?? null),
    },
    dates,
  };
}
