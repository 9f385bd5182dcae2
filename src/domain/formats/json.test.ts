import { describe, expect, test } from 'vitest';
import { filterEvents } from '../../store/visible-events';
import { EMPTY_FILTERS } from '../../store/filters';
import { loadDataset } from '../load-dataset';
import { datasetSchema } from '../schema';
import { datasetToJson, eventsToDataset } from './json-export';
import { bundledModel, open, opened, plain, problemLines } from './__fixtures__/open';

const model = bundledModel();

describe('JSON export', () => {
  test('what a filter shows exports as a file valid against the schema that loads with no warning', () => {
    const shown = filterEvents(model, { ...EMPTY_FILTERS, actors: ['donald-trump-jr'] });
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(model.events.length);
    const dataset = JSON.parse(datasetToJson(eventsToDataset(model, shown)));
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    const loaded = loadDataset(dataset);
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && plain(loaded.model.events)).toEqual(plain(shown));
    // Only what the shown events name comes along, articles with their full text.
    expect(dataset.actors.length).toBeLessThan(model.actors.length);
    expect(dataset.articles.every((a: { paragraphs?: string[] }) => (a.paragraphs?.length ?? 0) > 0)).toBe(true);
  });

  test('import → export → import gives the same events, disputes included', () => {
    const first = opened('timeline.json', datasetToJson(eventsToDataset(model, model.events)));
    expect(first.format).toBe('json');
    const again = opened('again.json', datasetToJson(eventsToDataset(first.model, first.model.events)));
    expect(plain(again.model.events)).toEqual(plain(model.events));
    expect(again.model.events.some((e) => e.disputes?.length)).toBe(true);
  });

  test('an opened file with a bad event is refused whole, naming the event and field; other JSON is named for what it is not', () => {
    const dataset = eventsToDataset(model, model.events.slice(0, 3));
    dataset.events[1] = { ...dataset.events[1]!, date: 'yesterday' };
    expect(problemLines(open('broken.json', JSON.stringify(dataset)))).toContain(
      `events[1] "${dataset.events[1]!.id}" › date: "yesterday" is not an EDTF date (expected forms like 2016-10-16, 2016-10, 2012, 2016-09/2017-07, 2018-11~, 2018?)`,
    );
    expect(problemLines(open('other.json', '{"items": []}'))).toEqual([
      'data file: is JSON, but neither a timeline in this app\'s format (it has no "schemaVersion") nor a TimelineJS file (it has no "events")',
    ]);
    expect(problemLines(open('cut.json', '{"schemaVersion": 1,'))[0]).toMatch(/^data file: is not valid JSON: /);
  });
});

describe('JSON export of stories', () => {
  const storyEvents = (id: string) => model.storyById.get(id)!.steps.map((s) => s.event);

  test('a story comes along when every one of its steps is exported, and opens again as it was', () => {
    const story = model.stories[0]!;
    const shown = model.events.filter((e) => storyEvents(story.id).includes(e.id));
    const dataset = JSON.parse(datasetToJson(eventsToDataset(model, shown)));
    expect(dataset.stories.map((s: { id: string }) => s.id)).toContain(story.id);
    const again = opened('story.json', JSON.stringify(dataset));
    expect(again.warnings).toEqual([]);
    expect(again.model.storyById.get(story.id)).toEqual(story);
  });

  test('a story with a step left out is not exported, so no story says less than its editor wrote', () => {
    const story = model.stories[0]!;
    const shown = model.events.filter((e) => storyEvents(story.id).slice(1).includes(e.id));
    const dataset = eventsToDataset(model, shown);
    expect((dataset.stories ?? []).map((s) => s.id)).not.toContain(story.id);
    expect(loadDataset(dataset).warnings).toEqual([]);
  });

  test('the whole timeline exports every story', () => {
    expect(eventsToDataset(model, model.events).stories?.map((s) => s.id)).toEqual(model.stories.map((s) => s.id));
  });

  test('an opened file with a story step naming a missing event is refused, naming the story and step', () => {
    const dataset = eventsToDataset(model, model.events);
    dataset.stories![1]!.steps[2]!.event = 'not-here';
    expect(problemLines(open('stories.json', JSON.stringify(dataset)))).toEqual([
      `stories[1] "${dataset.stories![1]!.id}" › steps[2].event: no event has the id "not-here"; the step is skipped`,
    ]);
  });
});
