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
