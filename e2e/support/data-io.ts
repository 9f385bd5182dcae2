import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The page object for opening files and exporting: the "Open a file…" input, the Export menu, the file banner. */
export class DataIo {
  constructor(readonly page: Page) {}

  get fileInput(): Locator {
    return this.page.getByLabel('Open a file…');
  }

  async open(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput.setInputFiles(file);
  }

  get banner(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Showing your file' });
  }

  get failure(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'could not be opened' });
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: 'Back to the bundled timeline' });
  }

  /** Opens the Export menu, picks a format, and returns the download and its text. */
  async export(format: 'JSON' | 'CSV' | 'TimelineJS' | 'Calendar (ICS)'): Promise<{ download: Download; text: string }> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: format, exact: true }).click()]);
    const path = await download.path();
    expect(path).toBeTruthy();
    const { readFile } = await import('node:fs/promises');
    return { download, text: await readFile(path, 'utf8') };
  }
}

const HEADER = 'id,date,title,summary,actors,tags,source_1_url,source_1_outlet,source_1_headline,source_1_published,source_1_quote';
const row = (id: string, date: string, url = 'https://example.com/a') => `${id},${date},Title ${id},A summary.,Ecuador [government],Asylum,${url},The Paper,A headline,2016-10-18,A quote.`;
/** A file refused for three reasons in three rows (an impossible day, a javascript: link, month 13), with an unchecked quote as its warning (issue 20). */
export const REFUSED_CSV = [HEADER, row('bad-date', '2021-02-30'), row('bad-url', '2016-10-16', 'javascript:alert(1)'), row('fine', '2016-10-17'), row('bad-month', '2016-13-01')].join('\n');
