import { expect, type Locator, type Page } from '@playwright/test';
import { eventById, type RawStory } from './dataset';
import { escape } from './fixtures';

/** Story mode, as a reader meets it: the Stories control, the note above the event, the step buttons. */
export class StoryReader {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('complementary');
  }

  lead(story: RawStory): Locator {
    return this.panel.getByRole('region', { name: `Story: ${story.title}` });
  }

  get progress(): Locator {
    return this.panel.getByRole('group', { name: 'Step through the story' }).getByText(/^\d+ of \d+$/);
  }

  button(name: 'Previous' | 'Next' | 'Exit story'): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  /** Opens the Stories control and chooses the story. */
  async choose(story: RawStory) {
    await this.page.getByRole('button', { name: 'Stories' }).click();
    await this.page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: new RegExp(`^${escape(story.title)}`) }).click();
  }

  /** The panel shows step `n` (from 1): the note above the event, the event, the progress, and the address. */
  async expectStep(story: RawStory, n: number) {
    const step = story.steps[n - 1]!;
    await expect(this.lead(story).getByText(step.note, { exact: true })).toBeVisible();
    await expect(this.panel.getByRole('heading', { level: 2 })).toHaveText(eventById(step.event).title);
    await expect(this.progress).toHaveText(`${n} of ${story.steps.length}`);
    await expect(this.page).toHaveURL(new RegExp(`/events/${step.event}/\\?story=${story.id}&step=${n}(&|$)`));
  }
}
