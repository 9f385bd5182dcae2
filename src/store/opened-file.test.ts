import { beforeEach, describe, expect, test } from 'vitest';
import { minimalDataset } from '../domain/__fixtures__/minimal-dataset';
import { loadDataset, type TimelineModel } from '../domain/load-dataset';
import { resetAppStore, useAppStore } from './app-store';

function model(title: string): TimelineModel {
  const result = loadDataset({ ...minimalDataset(), title });
  if (!result.ok) throw new Error('fixture does not load');
  return result.model;
}

describe('an opened file in the store', () => {
  beforeEach(() => resetAppStore());

  test('replaces the bundled timeline with a fresh view, keeps the bundled one, and goes back to it', () => {
    const bundled = model('Bundled');
    const store = useAppStore.getState();
    store.setLoadResult({ ok: true, model: bundled, warnings: [] });
    store.select('cut-off');
    store.setFilters({ query: 'embassy', actors: ['ecuador'] });
    store.setFileAttempt({ name: 'mine.csv', problems: null });

    const mine = model('Mine');
    store.showOpenedFile('mine.csv', mine, []);
    let state = useAppStore.getState();
    expect(state.model).toBe(mine);
    expect(state.openedFile?.name).toBe('mine.csv');
    expect(state).toMatchObject({ selectedId: null, fileAttempt: null, filters: { query: '', actors: [] } });

    // A second file still goes back to the bundled timeline, not to the first file.
    state.showOpenedFile('other.json', model('Other'), []);
    state.backToBundled();
    state = useAppStore.getState();
    expect(state.model).toBe(bundled);
    expect(state.openedFile).toBeNull();
  });

  test('a file that could not be opened leaves the timeline as it was', () => {
    const bundled = model('Bundled');
    useAppStore.getState().setLoadResult({ ok: true, model: bundled, warnings: [] });
    useAppStore.getState().select('statement');
    useAppStore.getState().setFileAttempt({ name: 'bad.csv', problems: [{ severity: 'error', where: 'row 2', message: 'bad' }] });
    expect(useAppStore.getState()).toMatchObject({ model: bundled, selectedId: 'statement', openedFile: null });
  });
});
