import type { LoadResult, ModelEvent, Problem, TimelineModel } from '../../domain/load-dataset';

/** What the page asks of the data worker (full-data.worker.ts), and what it answers. */
export interface FullDataRequest {
  url: string;
  maxBytes: number;
}

/** The model without its events, which follow in slices. */
export type ModelEnvelope = Omit<TimelineModel, 'events' | 'eventById'>;

/**
 * Events per message. A message is copied into the page in one task: with
 * the whole model of 150,000 events in one message, the texts' arrival was a
 * 753 ms task there (issue 21 allows none over 200 ms; bench, work over all
 * events); in slices of this many, the longest task of that step is 213 ms.
 */
export const EVENTS_PER_MESSAGE = 5_000;

export type FullDataReply =
  /** The checked model begins: all but its events. */
  | { kind: 'envelope'; model: ModelEnvelope; warnings: Problem[] }
  /** The next events, in the model's order. */
  | { kind: 'events'; events: ModelEvent[] }
  /** Every event has been sent. */
  | { kind: 'done' }
  /** The file was read but refused by the checks. */
  | { kind: 'refused'; result: Extract<LoadResult, { ok: false }> }
  | { kind: 'network'; reason: string }
  | { kind: 'http'; status: number }
  | { kind: 'too-large' }
  | { kind: 'json'; detail: string };

type ModelReply = Extract<FullDataReply, { kind: 'envelope' | 'events' | 'done' }>;

/** The worker's messages for a checked model: all but its events, the events in slices, then done. */
export function* modelMessages(model: TimelineModel, warnings: Problem[]): Generator<ModelReply> {
  // eventById is not sent: the page builds it again from the events.
  const { events, eventById, ...envelope } = model;
  yield { kind: 'envelope', model: envelope, warnings };
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) yield { kind: 'events', events: events.slice(i, i + EVENTS_PER_MESSAGE) };
  yield { kind: 'done' };
}

/**
 * Puts a model sent by modelMessages back together on the page. Each reply
 * returns null until the last, which returns the model, or 'incomplete' if
 * the envelope never came.
 */
export function modelAssembly(): (reply: ModelReply) => Extract<LoadResult, { ok: true }> | 'incomplete' | null {
  let envelope: Extract<ModelReply, { kind: 'envelope' }> | null = null;
  const events: ModelEvent[] = [];
  return (reply) => {
    if (reply.kind === 'envelope') envelope = reply;
    else if (reply.kind === 'events') for (const event of reply.events) events.push(event);
    else {
      if (!envelope) return 'incomplete';
      const eventById = new Map<string, ModelEvent>();
      for (const event of events) eventById.set(event.id, event);
      return { ok: true, model: { ...envelope.model, events, eventById }, warnings: envelope.warnings };
    }
    return null;
  };
}
