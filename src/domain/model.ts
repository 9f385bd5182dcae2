import type { EdtfDate } from './edtf-direct';
import type { Problem } from './problems';
import type { Actor, Article, Story, Tag, TimelineEvent } from './schema';

/**
 * What the app draws. Two depths of the same dataset:
 * - a `HeadModel`, what the first view needs (the timeline, the overview, the
 *   filters, the stories): each event's title, date, actors and tags, read
 *   from the timeline index (timeline-index/) before the data file;
 * - a `TimelineModel`, every field of every event, checked (check-dataset.ts).
 * A TimelineModel is also a HeadModel, so whatever draws heads draws both.
 */

/** What the first view shows of an event. */
export interface EventHead {
  id: string;
  title: string;
  /** EDTF, as the file writes it. */
  date: string;
  when: EdtfDate;
  actors: readonly string[];
  tags: readonly string[];
  added?: string | undefined;
  revised?: string | undefined;
  /** The event carries a dispute: its sources disagree. */
  disputed: boolean;
}

export interface ModelEvent extends TimelineEvent {
  when: EdtfDate;
  disputed: boolean;
}

interface ModelOf<E, A> {
  /** The texts' language tag (BCP 47), "en" where the file does not say. */
  lang: string;
  title: string;
  description: string;
  span: EdtfDate;
  /** The day the dataset was last changed, where the file says. */
  updated?: string | undefined;
  articles: ReadonlyMap<string, A>;
  actors: readonly Actor[];
  actorById: ReadonlyMap<string, Actor>;
  tags: readonly Tag[];
  tagById: ReadonlyMap<string, Tag>;
  /** Sorted by start, then end, then id, so order is stable. */
  events: readonly E[];
  eventById: ReadonlyMap<string, E>;
  /** Guided readings, in the file's order, each with at least one step whose event is shown. */
  stories: readonly Story[];
  storyById: ReadonlyMap<string, Story>;
}

export type TimelineModel = ModelOf<ModelEvent, Article>;
export type HeadModel = ModelOf<EventHead, Omit<Article, 'paragraphs' | 'captions'>>;

export type LoadResult =
  | { ok: true; model: TimelineModel; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };
