import { describe, expect, test } from 'vitest';
import { minimalDatasetWithStory } from './__fixtures__/minimal-dataset';
import { loadDataset, type LoadResult } from './load-dataset';

type Fixture = ReturnType<typeof minimalDatasetWithStory>;
type RawStory = Record<string, unknown> & { steps: Record<string, unknown>[] };

function loadWith(change: (data: Fixture & { stories: RawStory[] }) => void): LoadResult {
  const data = minimalDatasetWithStory() as Fixture & { stories: RawStory[] };
  change(data);
  return loadDataset(data);
}

const lines = (result: LoadResult) => result.warnings.map((p) => `${p.where}: ${p.message}`);
const storySteps = (result: LoadResult) => (result.ok ? result.model.stories.map((s) => [s.id, s.steps.map((step) => step.event)]) : null);

describe('stories', () => {
  test('a sound story loads in the file’s order, with no warning, and is found by id', () => {
    const result = loadWith(() => undefined);
    expect(result.ok && result.warnings).toEqual([]);
    expect(storySteps(result)).toEqual([['cut-off-story', ['cut-off', 'statement']]]);
    expect(result.ok && result.model.storyById.get('cut-off-story')?.steps[1]?.note).toBe('Then Ecuador speaks.');
  });

  test('a file without stories loads with none (imported files have none)', () => {
    const result = loadWith((d) => delete (d as Partial<Fixture>).stories);
    expect(result.ok && result.model.stories).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  test('a step naming a missing event is skipped, with a warning naming the story and the step; the rest stays', () => {
    const result = loadWith((d) => d.stories[0]!.steps.splice(1, 0, { event: 'no-such-event', note: 'Lost.' }));
    expect(storySteps(result)).toEqual([['cut-off-story', ['cut-off', 'statement']]]);
    expect(lines(result)).toEqual(['stories[0] "cut-off-story" › steps[1].event: no event has the id "no-such-event"; the step is skipped']);
    expect(result.warnings[0]?.skipsStory).toBe(true);
  });

  test('a step whose event was skipped for its own problem says so', () => {
    const result = loadWith((d) => (d.events[1]!.date = 'soon'));
    expect(storySteps(result)).toEqual([['cut-off-story', ['cut-off']]]);
    expect(lines(result)).toContain('stories[0] "cut-off-story" › steps[1].event: the event "statement" is not shown (see its own warning); the step is skipped');
  });

  test('a story left without steps is skipped, after a warning for each lost step', () => {
    const result = loadWith((d) => d.stories[0]!.steps.forEach((step) => (step.event = 'gone')));
    expect(result.ok && result.model.stories).toEqual([]);
    expect(lines(result)).toEqual([
      'stories[0] "cut-off-story" › steps[0].event: no event has the id "gone"; the step is skipped',
      'stories[0] "cut-off-story" › steps[1].event: no event has the id "gone"; the step is skipped',
      'stories[0] "cut-off-story" › steps: no step is left; the story is skipped',
    ]);
  });

  test.each<[string, (story: RawStory) => void, string]>([
    ['no steps at all', (s) => (s.steps = []), 'stories[0] "cut-off-story" › steps: Too small: expected array to have >=1 items; the story is skipped'],
    ['an empty note', (s) => (s.steps[0]!.note = '  '), 'stories[0] "cut-off-story" › steps[0].note: must not be empty; the story is skipped'],
    ['an id that is not a slug', (s) => (s.id = 'Cut Off!'), 'stories[0] "Cut Off!" › id: must be a lowercase slug like "internet-cut-off"; the story is skipped'],
    ['an unknown key', (s) => (s.author = 'me'), 'stories[0] "cut-off-story": Unrecognized key: "author"; the story is skipped'],
    ['a missing title', (s) => delete s.title, 'stories[0] "cut-off-story" › title: Invalid input: expected string, received undefined; the story is skipped'],
  ])('a story with %s is skipped; the events are untouched', (_why, change, expected) => {
    const result = loadWith((d) => change(d.stories[0]!));
    expect(result.ok && result.model.stories).toEqual([]);
    expect(result.ok && result.model.events.length).toBe(2);
    expect(lines(result)[0]).toBe(expected);
    expect(result.warnings[0]?.skipsStory).toBe(true);
    expect(result.warnings.some((w) => w.skipsEvent)).toBe(false);
  });

  test('a repeated story id keeps the first and skips the copy', () => {
    const result = loadWith((d) => d.stories.push({ ...d.stories[0]!, title: 'Copy', steps: [{ event: 'statement', note: 'Again.' }] }));
    expect(storySteps(result)).toEqual([['cut-off-story', ['cut-off', 'statement']]]);
    expect(lines(result)).toEqual(['stories[1] "cut-off-story".id: the id "cut-off-story" is used twice; this copy is skipped']);
  });

  test('notes are trimmed as the schema says, and the input is left untouched', () => {
    const data = minimalDatasetWithStory();
    data.stories[0]!.steps[0]!.note = '  First, the connection goes. ';
    const before = structuredClone(data);
    const result = loadDataset(data);
    expect(result.ok && result.model.stories[0]!.steps[0]!.note).toBe('First, the connection goes.');
    expect(data).toEqual(before);
  });

  test('stories that are not an array stop loading, like any broken top-level field', () => {
    const result = loadWith((d) => ((d as { stories: unknown }).stories = 'none'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.where)).toEqual(['stories']);
  });
});
