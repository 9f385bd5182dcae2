import { seriousViolations } from './support/axe';
import { dataset, eventById, storyById } from './support/dataset';
import { expect, test } from './support/fixtures';
import { StoryReader } from './support/story';

/** Issue 12: guided reading, a story stepped through the events. */

const story = storyById('who-cut-the-connection');
const longest = dataset.stories.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));

test('a story is chosen from the Stories control and stepped through by button and by key, the timeline following', async ({ explorer, page }) => {
  const reader = new StoryReader(page);
  await explorer.open('?actors=wikileaks');
  await reader.choose(story);
  await reader.expectStep(story, 1);
  // A story is told on the whole timeline, so every step is on it.
  await expect(explorer.count).toHaveText(`All ${dataset.events.length} events`);
  // The summary introduces the first step; the note sits above the event.
  await expect(reader.lead(story).getByText(story.summary)).toBeVisible();
  const note = (await reader.lead(story).getByText(story.steps[0]!.note).boundingBox())!;
  const heading = (await explorer.panelHeading().boundingBox())!;
  expect(note.y + note.height).toBeLessThanOrEqual(heading.y);
  await expect(reader.button('Previous')).toBeDisabled();

  await reader.button('Next').click();
  await reader.expectStep(story, 2);
  await expect(reader.lead(story).getByText(story.summary)).toHaveCount(0);
  const second = explorer.timelineItem(eventById(story.steps[1]!.event).title);
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await expect(second).toBeInViewport();

  await page.keyboard.press('ArrowRight');
  await reader.expectStep(story, 3);
  await expect(explorer.timelineItem(eventById(story.steps[2]!.event).title)).toBeInViewport();
  await page.keyboard.press('ArrowLeft');
  await reader.expectStep(story, 2);
  await page.keyboard.press('n');
  await reader.expectStep(story, 3);
  await reader.button('Previous').click();
  await reader.expectStep(story, 2);
});

test('the last step has no Next, and focus moves to Previous rather than being lost', async ({ explorer, page }) => {
  const reader = new StoryReader(page);
  const n = longest.steps.length;
  await explorer.openEvent(longest.steps[n - 2]!.event, `?story=${longest.id}&step=${n - 1}`);
  await reader.expectStep(longest, n - 1);
  await reader.button('Next').click();
  await reader.expectStep(longest, n);
  await expect(reader.button('Next')).toBeDisabled();
  await expect(reader.button('Previous')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await reader.expectStep(longest, n);
});

test('a link opens the story at its step; reload stays there; Back and Forward walk the steps', async ({ explorer, page }) => {
  const reader = new StoryReader(page);
  await explorer.openEvent(story.steps[2]!.event, `?story=${story.id}&step=3`);
  await reader.expectStep(story, 3);
  await page.reload();
  await reader.expectStep(story, 3);
  await reader.button('Next').click();
  await reader.expectStep(story, 4);
  await page.keyboard.press('ArrowRight');
  await reader.expectStep(story, 5);
  await page.goBack();
  await reader.expectStep(story, 4);
  await page.goBack();
  await reader.expectStep(story, 3);
  await page.goForward();
  await reader.expectStep(story, 4);
});

test('Escape leaves the story at that event; "Exit story" does too; Back returns to the story', async ({ explorer, page }) => {
  const reader = new StoryReader(page);
  await explorer.openEvent(story.steps[3]!.event, `?story=${story.id}&step=4`);
  await reader.expectStep(story, 4);
  await page.keyboard.press('Escape');
  await expect(reader.lead(story)).toHaveCount(0);
  await expect(explorer.panelHeading()).toHaveText(eventById(story.steps[3]!.event).title);
  await expect(page).toHaveURL(new RegExp(`/events/${story.steps[3]!.event}/$`));
  // Exploring again: the panel's own steps go through the visible events in date order.
  await expect(explorer.panel.getByRole('group', { name: 'Step through events' })).toBeVisible();

  await page.goBack();
  await reader.expectStep(story, 4);
  await reader.button('Exit story').click();
  await expect(reader.lead(story)).toHaveCount(0);
  await expect(explorer.panelHeading()).toHaveText(eventById(story.steps[3]!.event).title);
  await expect(explorer.panelHeading()).toBeFocused();
  // A second Escape closes the event, as it always does.
  await page.keyboard.press('Escape');
  await expect(explorer.panel).toBeHidden();
});

test('choosing an event on the timeline that is not in the story leaves it; one that is moves to its step', async ({ explorer, page }) => {
  const reader = new StoryReader(page);
  await explorer.openEvent(story.steps[0]!.event, `?story=${story.id}&step=1`);
  await explorer.showList();
  await explorer.listRow(eventById(story.steps[4]!.event).title).click();
  await reader.expectStep(story, 5);
  const outside = dataset.events.find((e) => !story.steps.some((s) => s.event === e.id))!;
  await explorer.listRow(outside.title).click();
  await expect(explorer.panelHeading()).toHaveText(outside.title);
  await expect(reader.lead(story)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
});

test('a link to an unknown story, or past the last step, says so and falls back', async ({ explorer, page }) => {
  const reader = new StoryReader(page);
  await explorer.openEvent('internet-cut-off', '?story=no-such-story&step=2');
  await expect(page.getByText('There is no story "no-such-story" in this timeline.', { exact: false })).toBeVisible();
  await expect(explorer.panelHeading()).toHaveText(eventById('internet-cut-off').title);
  await expect(page).not.toHaveURL(/story=/);

  await explorer.open(`?story=${story.id}&step=99`);
  await expect(page.getByText(`has ${story.steps.length} steps, not 99; showing its last step.`, { exact: false })).toBeVisible();
  await reader.expectStep(story, story.steps.length);

  await explorer.open(`?story=${story.id}&step=two`);
  await expect(page.getByText('step "two" is not a step number', { exact: false })).toBeVisible();
  await reader.expectStep(story, 1);
});

test('the home page lists the stories in its HTML, each linking to its first step', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Stories' });
  await expect(nav.getByRole('link')).toHaveCount(dataset.stories.length);
  for (const each of dataset.stories) {
    await expect(nav.getByRole('link', { name: new RegExp(`^${each.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toHaveAttribute(
      'href',
      `/events/${each.steps[0]!.event}/?story=${each.id}&step=1`,
    );
  }
  // Without JavaScript the link still opens the first step's event page.
  await nav.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: eventById(dataset.stories[0]!.steps[0]!.event).title })).toBeVisible();
  await context.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const told of dataset.stories) {
    test(`“${told.title}” chosen from the menu starts with its first step’s card in sight above the sheet`, async ({ explorer, page }) => {
      const reader = new StoryReader(page);
      await explorer.open();
      await reader.choose(told);
      await reader.expectStep(told, 1);
      const card = explorer.card(eventById(told.steps[0]!.event).title);
      await expect(card).toHaveAttribute('aria-current', 'true');
      await expect(card).toBeInViewport({ ratio: 0.5 });
      const sheetTop = (await explorer.panel.boundingBox())!.y;
      await expect.poll(async () => { const box = (await card.boundingBox())!; return box.y + box.height; }, { message: 'the card ends above the sheet' }).toBeLessThanOrEqual(sheetTop);
    });
  }

  test('a swipe on the sheet steps through the story; the step’s card stays in sight above the sheet', async ({ explorer, page }) => {
    const reader = new StoryReader(page);
    await explorer.open();
    await reader.choose(story);
    await reader.expectStep(story, 1);
    // A touch that comes while the browser still handles the last gesture's fling only ends it, as on a
    // phone (about one run in ten here): each gesture waits until nothing has scrolled for 400 ms, as a
    // reader's next gesture would come after the page stops moving.
    const settle = () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let quiet = setTimeout(done, 400);
            const moved = () => { clearTimeout(quiet); quiet = setTimeout(done, 400); };
            const giveUp = setTimeout(done, 4_000);
            document.addEventListener('scroll', moved, { capture: true, passive: true });
            function done() { clearTimeout(giveUp); document.removeEventListener('scroll', moved, { capture: true }); resolve(); }
          }),
      );
    const swipe = async (from: number, to: number) => {
      await settle();
      const box = (await reader.lead(story).boundingBox())!;
      const y = box.y + Math.min(box.height / 2, 60);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
      for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * i) / 5, y: y + i }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    };
    await swipe(320, 80);
    await reader.expectStep(story, 2);
    await swipe(320, 80);
    await reader.expectStep(story, 3);
    await swipe(80, 320);
    await reader.expectStep(story, 2);
    // A short or mostly vertical move is not a swipe.
    await swipe(200, 170);
    await reader.expectStep(story, 2);

    await settle();
    await reader.button('Next').tap();
    await reader.expectStep(story, 3);
    const card = explorer.card(eventById(story.steps[2]!.event).title);
    await expect(card).toHaveAttribute('aria-current', 'true');
    await expect(card).toBeInViewport({ ratio: 0.5 });
    const sheetTop = (await explorer.panel.boundingBox())!.y;
    expect((await card.boundingBox())!.y).toBeLessThan(sheetTop);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1366, 390]) {
    test(`axe finds nothing serious in a story step, ${scheme} theme, ${width} px, with the Stories list open too`, async ({ explorer, page }) => {
      // Two full axe passes: on a busy two-core machine that outlasts the default 30 s.
      test.slow();
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme: scheme });
      const reader = new StoryReader(page);
      await explorer.openEvent(story.steps[3]!.event, `?story=${story.id}&step=4`);
      await reader.expectStep(story, 4);
      expect(await seriousViolations(page)).toEqual([]);
      // Out of the story, then the event closes (on a phone its sheet covers the Stories control).
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(explorer.panel).toBeHidden();
      await page.getByRole('button', { name: 'Stories' }).click();
      await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
