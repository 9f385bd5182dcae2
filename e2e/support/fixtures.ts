import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Page objects per area, so specs read like what a person does. */
export class Explorer {
  constructor(readonly page: Page) {}

  async open(search = '') {
    await this.page.goto(`/${search}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Assange');
  }

  /** An event's own page, as a shared link opens it; `search` is the rest of the view. */
  async openEvent(id: string, search = '') {
    await this.page.goto(`/events/${id}/${search}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Assange');
  }

  get count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /events/ });
  }

  get timeline(): Locator {
    return this.page.getByRole('region', { name: 'Timeline canvas' });
  }

  timelineItem(title: string): Locator {
    return this.timeline.getByRole('button', { name: new RegExp(`^${escape(title)},`) });
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
