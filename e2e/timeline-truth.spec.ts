import { dataset } from './support/dataset';
import { expect, test } from './support/fixtures';
import { StoryReader } from './support/story';
import { expectItemsAtTheirDates, expectMirrorsInStep, slowCpu } from './support/timeline-geometry';

/**
 * The screen tells the truth: after anything a reader or the app does, every
 * drawn event stands at the axis's position for its date (through
 * vis-timeline's own coordinate conversion), and the overview's brush and the
 * address show the period the timeline shows. On a 4× slowed CPU, where
 * timing bugs show.
 */

test.use({ viewport: { width: 1366, height: 900 } });
test.describe.configure({ timeout: 120_000 });

const story = dataset.stories.find((s) => s.title.startsWith('Who cut the connection?'))!;

test('events stay at their dates and the mirrors in step through a story, Back, filters, zoom, pan, resize and lanes', async ({ explorer, page }) => {
  await slowCpu(page);
  await explorer.open('?actors=donald-trump-jr');
  await expectItemsAtTheirDates(page, 'loading a filtered view');
  await expectMirrorsInStep(page, 'loading a filtered view');

  const reader = new StoryReader(page);
  await reader.choose(story);
  await reader.expectStep(story, 1);
  await expectItemsAtTheirDates(page, 'the first story step');
  for (let n = 2; n <= Math.min(story.steps.length, 4); n++) {
    await reader.button('Next').click();
    await page.waitForTimeout(1_500);
    await reader.expectStep(story, n);
    await expectItemsAtTheirDates(page, `story step ${n}`);
    await expectMirrorsInStep(page, `story step ${n}`, { reopen: n === 2 });
  }

  await page.goBack();
  await expectItemsAtTheirDates(page, 'Back');
  await expectMirrorsInStep(page, 'Back');

  await reader.button('Exit story').click();
  await page.keyboard.press('Escape');
  await expectItemsAtTheirDates(page, 'closing the panel');
  await expectMirrorsInStep(page, 'closing the panel', { reopen: false });

  await page.getByRole('searchbox', { name: 'Search' }).fill('priority');
  await expectItemsAtTheirDates(page, 'a search');
  await expectMirrorsInStep(page, 'a search', { reopen: false });
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expectItemsAtTheirDates(page, 'zooming in');
  await expectMirrorsInStep(page, 'zooming in', { reopen: false });

  await explorer.timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expectItemsAtTheirDates(page, 'panning');
  await expectMirrorsInStep(page, 'panning', { reopen: false });

  await page.setViewportSize({ width: 1100, height: 800 });
  await expectItemsAtTheirDates(page, 'a resize');
  await expectMirrorsInStep(page, 'a resize', { reopen: false });

  await page.getByRole('checkbox', { name: 'Lanes by actor' }).check();
  await expectItemsAtTheirDates(page, 'the lanes switch');
  await expectMirrorsInStep(page, 'the lanes switch', { reopen: false });
});

test('the browser scrolling an item into view (find in page, focus) does not shift the items off their dates', async ({ explorer, page }) => {
  await slowCpu(page);
  await explorer.openEvent('internet-cut-off');
  await expectItemsAtTheirDates(page, 'a deep link');
  await expectMirrorsInStep(page, 'a deep link');
  // What find-in-page and focus() do: scroll every scrollable ancestor to show a match that is out of the frame.
  const moved = await page.evaluate(() => {
    const frame = document.querySelector('.timeline-frame .vis-panel.vis-center')!.getBoundingClientRect();
    const outside = [...document.querySelectorAll<HTMLElement>('.timeline-frame [data-event-id]')].filter((el) => {
      const own = el.getBoundingClientRect();
      return own.right > frame.right || own.left < frame.left || own.bottom > frame.bottom;
    });
    outside.forEach((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    return outside.length;
  });
  expect(moved, 'some item reaches out of the frame, as at this zoom').toBeGreaterThan(0);
  await expectItemsAtTheirDates(page, 'scrolling items into view');
});
