import { dataset } from './support/dataset';
import { expect, test } from './support/fixtures';

/** Lanes by actor: the names' column is as wide as the names need, up to a limit, and no wider. */

test.use({ viewport: { width: 1366, height: 900 } });

test('Lanes by actor keeps the names in a column that fits them, a long name wrapping inside it', async ({ explorer }) => {
  await explorer.open('?lanes=actors');
  const labels = explorer.timeline.locator('.vis-labelset .vis-label');
  await expect(labels).toHaveCount(dataset.actors.length);
  const boxes = await labels.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, width: r.width, height: r.height, text: el.textContent ?? '' }; }));
  // The column: no wider than about 13rem, and a long name wraps inside it rather than widening it.
  const column = Math.max(...boxes.map((b) => b.width));
  expect(column).toBeLessThanOrEqual(13 * 16 + 24);
  const longest = boxes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const oneLine = boxes.find((b) => b.text === 'FBI') ?? boxes[boxes.length - 1]!;
  expect(longest.text.length).toBeGreaterThan(25);
  expect(longest.height, `"${longest.text}" wraps`).toBeGreaterThan(oneLine.height);
});
