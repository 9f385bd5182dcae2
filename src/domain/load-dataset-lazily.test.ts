import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { minimalDataset } from './__fixtures__/minimal-dataset';
import { checkDataset } from './check-dataset';
import { loadDataset } from './load-dataset';
import { loadDatasetLazily } from './load-dataset-lazily';

type Fixture = ReturnType<typeof minimalDataset>;
const bundled: unknown = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8'));

function changed(change: (data: Fixture) => void): Fixture {
  const data = minimalDataset();
  change(data);
  return data;
}

describe('loading without zod and the edtf package until a file needs them', () => {
  test('the bundled dataset is read by the compiled rules and the direct date reader alone, to the same model', () => {
    const quick = checkDataset(bundled, null);
    expect(quick).not.toBeNull();
    expect(quick).toEqual(loadDataset(bundled));
  });

  test.each<[string, (data: Fixture) => void]>([
    ['an event that breaks the schema', (d) => void ((d.events[0] as { actors: unknown }).actors = 'ecuador')],
    ['a title zod trims', (d) => void (d.events[0]!.title = 'Internet cut off ')],
    ['a broken top-level field', (d) => void ((d as { title: unknown }).title = 7)],
    ['a season, which only the library reads', (d) => void (d.events[0]!.date = '2016-21')],
    ['an impossible day, which the library words', (d) => void (d.events[0]!.date = '2016-02-30')],
    ['a span the direct reader cannot read', (d) => void (d.span = '2016/..')],
  ])('%s: the quick check steps aside, and the lazy load says exactly what the full one says', async (_, change) => {
    const data = changed(change);
    expect(checkDataset(data, null)).toBeNull();
    expect(await loadDatasetLazily(data)).toEqual(loadDataset(data));
  });
});
