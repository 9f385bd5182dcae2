import { beforeEach, describe, expect, test } from 'vitest';
import { minimalDatasetWithStory } from '../domain/__fixtures__/minimal-dataset';
import { loadDataset } from '../domain/load-dataset';
import { resetAppStore, useAppStore } from './app-store';
import { EMPTY_FILTERS } from './filters';
import { stepOfEvent } from './story';

function start() {
  const data = minimalDatasetWithStory();
  // A third step back at the first event, for a story that passes through an event twice.
  data.stories[0]!.steps.push({ event: 'cut-off', note: 'And back.' });
  const result = loadDataset(data);
  if (!result.ok) throw new Error('fixture does not load');
  useAppStore.getState().setLoadResult(result);
  return useAppStore.getState;
}

describe('a story in the store', () => {
  beforeEach(() => resetAppStore());

  test('starting selects the first step’s event on the whole timeline; stepping moves the selection', () => {
    const get = start();
    get().setFilters({ actors: ['wikileaks'], query: 'x' });
    get().openActor('ecuador');
    get().startStory('cut-off-story');
    expect(get()).toMatchObject({ story: { id: 'cut-off-story', index: 0 }, selectedId: 'cut-off', actorPage: null, filters: EMPTY_FILTERS });
    get().goToStep(1);
    expect(get()).toMatchObject({ story: { index: 1 }, selectedId: 'statement' });
    get().goToStep(3);
    expect(get()).toMatchObject({ story: { index: 1 }, selectedId: 'statement' });
  });

  test('an unknown story or step changes nothing', () => {
    const get = start();
    get().startStory('nope');
    get().startStory('cut-off-story', 7);
    expect(get()).toMatchObject({ story: null, selectedId: null });
  });

  test('exiting keeps the event; choosing another of the story’s events moves to its step; any other leaves the story', () => {
    const get = start();
    get().startStory('cut-off-story', 1);
    get().select('cut-off');
    // The nearest of the two steps at that event.
    expect(get().story).toEqual({ id: 'cut-off-story', index: 2 });
    get().exitStory();
    expect(get()).toMatchObject({ story: null, selectedId: 'cut-off' });
    get().startStory('cut-off-story');
    get().select(null);
    expect(get()).toMatchObject({ story: null, selectedId: null });
  });

  test('an actor’s page closes the event; "show only" filters to that actor and returns to the explorer', () => {
    const get = start();
    get().select('statement');
    get().openActor('ecuador');
    expect(get()).toMatchObject({ actorPage: 'ecuador', selectedId: null });
    get().showActorEvents('ecuador');
    expect(get()).toMatchObject({ actorPage: null, filters: { ...EMPTY_FILTERS, actors: ['ecuador'] } });
    get().openActor('ecuador');
    get().select('cut-off');
    expect(get()).toMatchObject({ actorPage: null, selectedId: 'cut-off' });
  });

  test('stepOfEvent finds the step nearest the current one, the later one on a tie', () => {
    const story = { id: 's', title: 't', summary: 's', steps: ['a', 'b', 'a', 'c', 'a'].map((event) => ({ event, note: 'n' })) };
    expect([0, 1, 2, 3].map((near) => stepOfEvent(story, 'a', near))).toEqual([0, 2, 2, 4]);
    expect(stepOfEvent(story, 'z')).toBe(-1);
  });
});
