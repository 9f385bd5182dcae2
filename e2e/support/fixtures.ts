import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Page objects per area, so specs read like what a person does. */
export class Explorer {
  constructor(readonly page: Page) {}

  async open(search = '') {
    await this.page.goto(`/${search}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Assange');
  }

  /**
   * Until the explorer replaces the static page the build wrote, the heading and the count
   * are already there but the address is not yet read or normalised.
   */
  async untilTakenOver() {
    await expect(this.page.locator('#root > .static-page')).toHaveCount(0);
  }

  /** An event's own page, as a shared link opens it; `search` is the rest of the view. */
  async openEvent(id: string, search = '') {
    await this.page.goto(`/events/${id}/${search}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Assange');
  }

  /** The result count ("All 38 events", "9 of 38 events"), not a notice that names an event. */
  get count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(All [\d,]+ events?|[\d,]+ of [\d,]+ events?)$/ });
  }

  get timeline(): Locator {
    return this.page.getByRole('region', { name: 'Timeline canvas' });
  }

  timelineItem(title: string): Locator {
    return this.timeline.getByRole('button', { name: new RegExp(`^${escape(title)},`) });
  }

  /**
   * Brings a timeline item into sight as a reader would: with the cue under or
   * over the frame ("N more events below"), which scrolls the stack to it.
   */
  async revealItem(title: string): Promise<Locator> {
    const item = this.timelineItem(title);
    await expect(item).toBeAttached();
    for (let tries = 0; tries < 6; tries++) {
      const where = await item.evaluate((el) => {
        const frame = el.closest('.vis-panel.vis-center')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        if (box.top >= frame.top && box.bottom <= frame.bottom) return 'in sight';
        return box.top < frame.top ? 'above' : 'below';
      });
      if (where === 'in sight') return item;
      await this.page.getByRole('button', { name: where === 'below' ? /more events? below/ : /more events? above/ }).click();
      await this.page.waitForTimeout(150);
    }
    return item;
  }

  get panel(): Locator {
    return this.page.getByRole('complementary');
  }

  panelHeading(): Locator {
    return this.panel.getByRole('heading', { level: 2 });
  }

  async showList() {
    await this.page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Events' })).toBeVisible();
  }

  /** The rows of the list view, in order. */
  listRows(): Locator {
    return this.page.getByRole('region', { name: 'Events' }).getByRole('listitem').getByRole('button');
  }

  listRow(title: string): Locator {
    return this.listRows().filter({ hasText: title });
  }

  /** Phone layout: the vertical timeline and one event's card on it. */
  get verticalTimeline(): Locator {
    return this.page.getByRole('region', { name: 'Timeline', exact: true });
  }

  card(title: string): Locator {
    return this.verticalTimeline.getByRole('button', { name: new RegExp(`^${escape(title)},`) });
  }

  /** The overview strip's brush. */
  get overview(): Locator {
    return this.page.getByRole('slider', { name: 'Visible period' });
  }

  /** The visible period as the address holds it (null when the whole span is shown). */
  async urlWindow(): Promise<{ start: number; end: number } | null> {
    const url = new URL(this.page.url());
    const start = url.searchParams.get('start');
    const end = url.searchParams.get('end');
    return start && end ? { start: Date.parse(start), end: Date.parse(end) } : null;
  }

  async openFilter(name: 'Actors' | 'Tags' | 'Dates'): Promise<Locator> {
    const button = this.page.getByRole('button', { name: new RegExp(`^${name}`) });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    return this.page.getByRole('group', { name });
  }
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const test = base.extend<{ explorer: Explorer }>({
  explorer: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new Explorer(page));
    expect(errors, 'the page threw').toEqual([]);
  },
});

export { expect };
