import { describe, expect, test } from 'vitest';
import { minimalDataset } from './__fixtures__/minimal-dataset';
import { compileAccepts } from './fast-accept';
import { loadDataset } from './load-dataset';
import { actorSchema, datasetRules, datasetSchema, eventSchema, storySchema } from './schema';

const correction = { date: '2026-12-01', text: 'An earlier version said the filing revealed sealed charges; the article says it inadvertently suggested them.' };

describe('corrections in the contract', () => {
  const base = minimalDataset();
  const event = { ...base.events[0]!, corrections: [correction] };
  const actor = { ...base.actors[0]!, corrections: [correction] };
  const story = { id: 'a-story', title: 'A story', summary: 'One step.', steps: [{ event: 'cut-off', note: 'The cut-off, as WikiLeaks tells it.' }], corrections: [correction] };

  test('an event, an actor and a story may carry corrections; the dataset an updated day', () => {
    expect(eventSchema.safeParse(event).success).toBe(true);
    expect(actorSchema.safeParse(actor).success).toBe(true);
    expect(storySchema.safeParse(story).success).toBe(true);
    expect(datasetSchema.safeParse({ ...base, updated: '2026-12-01' }).success).toBe(true);
  });

  test.each([
    ['a date that is not a day', { ...correction, date: '1 Dec 2026' }],
    ['an empty text', { ...correction, text: ' ' }],
    ['an unknown key', { ...correction, by: 'someone' }],
  ])('a correction with %s is refused', (_why, bad) => {
    expect(eventSchema.safeParse({ ...event, corrections: [bad] }).success).toBe(false);
  });

  test('the fast checker accepts them too, so the app need not fetch zod for them', () => {
    const rules = datasetRules();
    expect(compileAccepts(rules.event)(event)).toBe(true);
    expect(compileAccepts(rules.story)(story)).toBe(true);
    expect(compileAccepts(rules.event)({ ...event, corrections: [{ ...correction, date: 'soon' }] })).toBe(false);
  });

  test('the loader keeps them on the model', () => {
    const result = loadDataset({ ...base, updated: '2026-12-01', actors: [actor, base.actors[1]], events: [event, ...base.events.slice(1)], stories: [story] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.model.updated).toBe('2026-12-01');
    expect(result.model.eventById.get('cut-off')?.corrections).toEqual([correction]);
    expect(result.model.actorById.get(actor.id)?.corrections).toEqual([correction]);
    expect(result.model.storyById.get('a-story')?.corrections).toEqual([correction]);
  });
});
