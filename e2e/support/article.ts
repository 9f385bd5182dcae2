import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { dataset } from './dataset';

/**
 * A news article on another site that embeds the timeline, as a newsroom
 * would: served by Playwright from a different origin (https://news.test), the
 * iframe and embed.js loaded from the built app's own origin.
 */

export const HOST = 'https://news.test';
/** A third site, for messages the embed must not believe. */
export const ELSEWHERE = 'https://ads.test';
export const FRAME_TITLE = `Interactive timeline: ${dataset.title}`;

export interface ArticleOptions {
  /** The embed's address after `<origin>`: `/embed/` and any view in its query. */
  embed?: string;
  /** Include embed.js after the iframe (the default), as the embed code does. */
  script?: boolean;
  /** The article's own hash on arrival, like `#event=<id>`. */
  hash?: string;
  /** Embed code to paste instead of the iframe and script written here. */
  snippet?: string;
  /** More markup for the article (another frame, say). */
  extra?: string;
}

export class Article {
  constructor(
    readonly page: Page,
    readonly embedOrigin: string,
  ) {}

  /** The iframe, found as a screen reader finds it: by the name its title gives it. */
  get iframe(): Locator {
    return this.page.locator('iframe').and(this.page.getByTitle(FRAME_TITLE, { exact: true }));
  }

  get frame(): FrameLocator {
    return this.iframe.contentFrame();
  }

  /** The embed's frame, for reading and listening inside it. */
  embedFrame(): Frame {
    const frame = this.page.frames().find((f) => f.url().startsWith(`${this.embedOrigin}/embed/`));
    if (!frame) throw new Error('the article has no embed frame');
    return frame;
  }

  get panelHeading(): Locator {
    return this.frame.getByRole('complementary').getByRole('heading', { level: 2 });
  }

  /** The frame's height in the article, and its content's height inside it. */
  async heights(): Promise<{ frame: number; content: number }> {
    const frame = (await this.iframe.boundingBox())!.height;
    const content = await this.embedFrame().evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
    return { frame, content };
  }

  /** Waits until the iframe is exactly as tall as its content, other than `unlike`; returns that height. */
  async fittedHeight(unlike?: number): Promise<number> {
    let height = 0;
    await expect
      .poll(async () => {
        const { frame, content } = await this.heights();
        height = frame;
        return frame === content && frame !== unlike;
      }, 'the iframe takes its content\'s height')
      .toBe(true);
    return height;
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }
}

/**
 * Opens the article at `HOST/article`. The embed here is on loopback, which a
 * browser lets a public page reach only with the reader's permission (Local
 * Network Access); a published site is public, so readers are never asked.
 */
export async function openArticle(page: Page, embedOrigin: string, options: ArticleOptions = {}): Promise<Article> {
  const { embed = '/embed/', script = true, hash = '', extra = '' } = options;
  const snippet =
    options.snippet ??
    `<iframe src="${embedOrigin}${embed}" title="${FRAME_TITLE}" width="100%" height="650" style="border: 0" loading="lazy"></iframe>` +
      (script ? `\n<script src="${embedOrigin}/embed.js" async></script>` : '');
  await page.context().grantPermissions(['local-network-access'], { origin: HOST });
  const page_ = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><p>${title}</p></html>`;
  // The article, and any other page of the news site (a widget in a frame of its own).
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: new URL(route.request().url()).pathname === '/article' ? articleHtml(snippet, extra) : page_('A widget') }),
  );
  await page.route(`${ELSEWHERE}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page_('An advertisement') }));
  await page.goto(`${HOST}/article${hash}`);
  return new Article(page, embedOrigin);
}

function articleHtml(snippet: string, extra: string): string {
  const paragraph = '<p>The investigation opened in Virginia in 2010 and ran, mostly out of sight, for nearly a decade.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>How the case took shape</title></head>
<body style="margin: 0 auto; max-width: 64rem; padding: 1rem; font: 18px/1.6 Georgia, serif">
<main>
<h1>How the U.S. case against Assange took shape</h1>
${paragraph}
<p>See <a href="#event=ecuador-statement">Ecuador’s statement</a> and <a href="#comments">the comments</a>.</p>
${snippet}
${extra}
${paragraph.repeat(12)}
<h2 id="comments">Comments</h2>
${paragraph.repeat(6)}
</main>
</body>
</html>`;
}
