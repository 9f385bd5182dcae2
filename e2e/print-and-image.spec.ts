import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { dataset, eventById, startOf } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Issue 23: the explorer on paper (print media, made into a PDF and read back
 * as text with poppler's pdftotext) and the picture of the view.
 */

type RawEvent = (typeof dataset.events)[number];

const articleUrl = (id: string) => dataset.articles.find((a) => a.id === id)!.url;
const sourceUrls = (event: RawEvent) => [...event.sources.map((s) => s.article), ...(event.disputes ?? []).flatMap((d) => d.positions.map((p) => p.source.article))].map(articleUrl);
/** The app's controls, none of which belongs on paper. */
const CONTROLS = ['Zoom in', 'Zoom out', 'Fit all', 'Export', 'Stories', 'Print or save as PDF', 'Download image', 'Open a file', 'Subscribe', 'Lanes by actor', 'Skip to events', 'Search'];

/** The page as printed: a PDF of it under print media, and that PDF's text (whitespace made single spaces; `flat` with none, for URLs a line break may split). */
async function printed(page: Page, testInfo: TestInfo, name: string): Promise<{ text: string; flat: string; file: string }> {
  await page.emulateMedia({ media: 'print' });
  // The explorer writes its print document when print media starts, which the page hears a moment later;
  // a PDF made before that is blank. (Static pages with JavaScript off have no such document.)
  if (await page.locator('.print-document').count()) await expect(page.getByRole('article', { name: dataset.title })).toBeVisible();
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  // -raw: in the order written, and a line that ends in a URL's hyphen is not joined to the next without it.
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { text: raw.replace(/\s+/g, ' '), flat: raw.replace(/\s+/g, ''), file };
}

const spaced = (text: string) => text.replace(/\s+/g, ' ');

function expectEventsInDateOrder(text: string, events: readonly RawEvent[]) {
  const placed = events.map((event) => ({ event, at: text.indexOf(spaced(event.title)) })).sort((a, b) => a.at - b.at);
  for (let i = 1; i < placed.length; i++) {
    expect(startOf(placed[i]!.event.date) >= startOf(placed[i - 1]!.event.date), `${placed[i]!.event.id} is printed after ${placed[i - 1]!.event.id}`).toBe(true);
  }
}

function expectNoControls(text: string) {
  for (const control of CONTROLS) expect(text, `no "${control}" on paper`).not.toContain(control);
}

test.describe('printing', () => {
  test('the explorer prints every event with its date, summary, both sides and every source, and no control', async ({ explorer, page }, testInfo) => {
    await explorer.open();
    await expect(explorer.count).toContainText('events');
    // On screen the print document is not there at all.
    await expect(page.getByRole('article', { name: dataset.title })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article', { name: dataset.title })).toBeVisible();
    const { text, flat } = await printed(page, testInfo, 'explorer');

    expect(text).toContain(dataset.title);
    expect(text).toContain(`No filters: all ${dataset.events.length} events.`);
    for (const event of dataset.events) {
      expect(text, event.id).toContain(spaced(event.title));
      expect(text, event.id).toContain(spaced(event.summary));
      for (const source of event.sources) expect(text, `${event.id}: quote`).toContain(spaced(source.quote));
      for (const url of sourceUrls(event)) expect(flat, `${event.id}: ${url}`).toContain(url);
    }
    expectEventsInDateOrder(text, dataset.events);
    // Dates as precise as the data, with the precision said.
    expect(text).toContain('Sep 2016 – Jul 2017 · A period, known to the month.');
    expect(text).toContain('c. 18 Oct 2016');
    // Both sides of a dispute, each with who says it.
    const disputed = eventById('internet-cut-off');
    for (const dispute of disputed.disputes!) {
      expect(text).toContain(`Disputed: ${spaced(dispute.question)}`);
      for (const position of dispute.positions) expect(text).toContain(spaced(position.statement));
    }
    expect(text).toContain('Asserts');
    expect(text).toContain('Denies');
    expectNoControls(text);
  });

  test('with a filter, only the events it shows are printed, and the filter is named', async ({ explorer, page }, testInfo) => {
    await explorer.open('?actors=donald-trump-jr');
    await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
    const shown = dataset.events.filter((e) => e.actors.includes('donald-trump-jr'));
    const { text, flat } = await printed(page, testInfo, 'filtered');
    expect(text).toContain(`Filtered to ${shown.length} of ${dataset.events.length} events. Actors: Donald Trump Jr.`);
    for (const event of dataset.events) {
      if (shown.includes(event)) expect(text, event.id).toContain(spaced(event.title));
      else expect(text, `${event.id} is filtered out`).not.toContain(spaced(event.title));
    }
    for (const url of shown.flatMap(sourceUrls)) expect(flat).toContain(url);
    expectEventsInDateOrder(text, shown);
    expectNoControls(text);
  });

  test('an event’s page prints that event with its sources, without the app around it', async ({ explorer, page }, testInfo) => {
    const event = eventById('internet-cut-off');
    await explorer.openEvent(event.id);
    await expect(explorer.panelHeading()).toHaveText(event.title);
    // The static page's own heading is there before the app takes over; print the app's.
    await expect(explorer.timeline).toBeVisible();
    const { text, flat } = await printed(page, testInfo, 'event-page');
    expect(text).toContain(spaced(event.title));
    for (const url of sourceUrls(event)) expect(flat).toContain(url);
    expect(text).toContain('One event of the timeline');
    expect(text, 'not the other events').not.toContain(spaced(eventById('direct-messages').title));
    expectNoControls(text);
    expect(text).not.toContain('All events');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the static event page prints the event and its source addresses, not the list beside it', async ({ page }, testInfo) => {
      const event = eventById('internet-cut-off');
      await page.goto(`/events/${event.id}/`);
      const { text, flat } = await printed(page, testInfo, 'static-event-page');
      expect(text).toContain(spaced(event.title));
      for (const url of sourceUrls(event)) expect(flat).toContain(url);
      expect(text).not.toContain(spaced(eventById('direct-messages').title));
      expect(text).not.toContain('With JavaScript on');
      expect(text).not.toContain('opens in a new tab');
      expectNoControls(text);
    });

    test('an actor’s static page prints its events without the page’s controls', async ({ page }, testInfo) => {
      await page.goto('/actors/donald-trump-jr/');
      const { text } = await printed(page, testInfo, 'static-actor-page');
      expect(text).toContain('Donald Trump Jr.');
      expect(text).toContain(spaced(eventById('trump-jr-reply').title));
      // Its links to the explorer are for the screen.
      expect(text).not.toContain('All events');
      expect(text).not.toContain('Show only');
      expectNoControls(text);
    });
  });

  test('“Print or save as PDF” opens the browser’s print with the events shown, even with one selected', async ({ explorer, page }) => {
    await explorer.openEvent('internet-cut-off', '?actors=donald-trump-jr');
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: string[] }).printed = [...document.querySelectorAll('.print-document h2')].map((h) => h.textContent ?? '');
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printedTitles = await page.evaluate(() => (window as unknown as { printed?: string[] }).printed);
    const shown = dataset.events.filter((e) => e.actors.includes('donald-trump-jr'));
    expect(printedTitles?.toSorted()).toEqual(shown.map((e) => e.title).toSorted());
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('printing is in the Export panel, the header keeps one row', async ({ explorer, page }) => {
    await explorer.open();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  });

  test('the picture is in the Export panel too, and downloads', async ({ explorer, page }) => {
    await explorer.open();
    await expect(page.getByRole('button', { name: 'Download image' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const panel = page.getByRole('group', { name: 'Export' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'PNG', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^assange-timeline-\d{4}-\d{2}(-to-\d{4}-\d{2})?\.png$/);
    expect(readFileSync((await download.path())!).readUInt32BE(16)).toBe(3200);
  });
});

/** Where a bundled date's drawing runs, UTC ms, end exclusive; a day's dot has end = start, as the picture draws it. */
function drawnSpan(date: string): { start: number; end: number; day: boolean } {
  const parts = date.replace(/[~?%]/g, '').split('/');
  const bound = (text: string, edge: 'start' | 'end') => {
    const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
    if (edge === 'start') return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
    return d ? Date.UTC(y, m! - 1, d + 1) : m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  };
  const start = bound(parts[0]!, 'start');
  const day = parts.length === 1 && parts[0]!.split('-').length === 3;
  return { start, end: day ? start : bound(parts.at(-1)!, 'end'), day };
}

const inPeriod = (event: RawEvent, start: number, end: number) => {
  const span = drawnSpan(event.date);
  return span.day ? span.start >= start && span.start <= end : span.end > start && span.start < end;
};

/** The downloads' contents, and every CSP violation the page reports, from the first load on. */
async function watchPolicy(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

async function downloadImage(page: Page, format: 'PNG' | 'SVG') {
  const menu = page.getByRole('button', { name: 'Download image' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Download image' }).getByRole('button', { name: format, exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** The SVG's text elements (and the full titles kept as <title> where a label is shortened), read as a viewer would. */
async function svgTexts(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', cls: t.getAttribute('class') ?? '' }));
    const events = [...doc.querySelectorAll('g.event')].map((g) => ({
      id: g.getAttribute('data-event-id') ?? '',
      shown: g.querySelector('text.event-title')?.textContent ?? '',
      full: g.querySelector(':scope > title')?.textContent ?? null,
      cx: Number(g.querySelector('circle')?.getAttribute('cx') ?? NaN),
    }));
    return { texts, events, parseError: doc.querySelector('parsererror')?.textContent ?? null, width: doc.documentElement.getAttribute('width') };
  }, svg);
}

const PERIOD = { start: Date.UTC(2016, 8, 1), end: Date.UTC(2017, 0, 1) };
const PERIOD_QUERY = 'start=2016-09-01T00:00Z&end=2017-01-01T00:00Z';

test.describe('Download image', () => {
  test('the PNG is 3200 pixels wide, and the SVG holds every event of the period as text, with the title, period and credit; no policy violation', async ({ explorer, page }, testInfo) => {
    const violations = await watchPolicy(page);
    await explorer.open(`?${PERIOD_QUERY}`);
    await expect(explorer.timeline).toBeVisible();

    const png = await downloadImage(page, 'PNG');
    writeFileSync(testInfo.outputPath(png.name), png.bytes);
    expect(png.name).toBe('assange-timeline-2016-09-to-2016-12.png');
    // The IHDR chunk follows the 8-byte signature: length, "IHDR", then width and height, big-endian.
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(3200);
    const height = png.bytes.readUInt32BE(20);
    expect(height % 2, 'two pixels per CSS pixel').toBe(0);
    expect(height).toBeGreaterThan(600);
    // A drawn picture, not a blank canvas: a blank 3200-wide PNG compresses to a few KB.
    expect(png.bytes.length).toBeGreaterThan(60_000);
    await expect(page.getByRole('status').filter({ hasText: `Saved ${png.name}` })).toBeAttached();

    const file = await downloadImage(page, 'SVG');
    writeFileSync(testInfo.outputPath(file.name), file.bytes);
    expect(file.name).toBe('assange-timeline-2016-09-to-2016-12.svg');
    const svg = await svgTexts(page, file.bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.width).toBe('1600');
    const texts = svg.texts.map((t) => t.text);
    expect(texts).toContain(dataset.title);
    expect(texts).toContain(`No filters: all ${dataset.events.length} events.`);
    expect(texts).toContain('Period shown: 1 Sep 2016 – 31 Dec 2016');
    const inView = dataset.events.filter((e) => inPeriod(e, PERIOD.start, PERIOD.end));
    expect(svg.events.map((e) => e.id).toSorted()).toEqual(inView.map((e) => e.id).toSorted());
    for (const event of inView) {
      const drawn = svg.events.find((e) => e.id === event.id)!;
      // Whole, or shortened at a word with the whole title kept beside it.
      if (drawn.shown === event.title) continue;
      expect(drawn.full, `${event.id} is shortened, so its full title is kept`).toBe(event.title);
      expect(drawn.shown, `${event.id} is cut at a word`).toMatch(/…$/);
      expect(`${event.title} `.startsWith(`${drawn.shown.slice(0, -1)} `) || drawn.shown === '', `${event.id}: "${drawn.shown}"`).toBe(true);
    }
    const credit = texts.filter((_, i) => svg.texts[i]!.cls === 'credit').join(' ');
    expect(credit).toMatch(/^Sources: .*NBC News/);
    expect(credit).toContain(new URL(page.url()).host);
    expect(await violations()).toEqual([]);
  });

  test('with a filter the SVG says so and draws only the filtered events', async ({ explorer, page }) => {
    await explorer.open(`?actors=donald-trump-jr&start=2016-06-01T00:00Z&end=2018-01-01T00:00Z`);
    await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
    const shown = dataset.events.filter((e) => e.actors.includes('donald-trump-jr'));
    const svg = await svgTexts(page, (await downloadImage(page, 'SVG')).bytes.toString('utf8'));
    const texts = svg.texts.map((t) => t.text).join('\n');
    expect(texts).toContain(`Filtered to ${shown.length} of ${dataset.events.length} events. Actors: Donald Trump Jr.`);
    const inView = shown.filter((e) => inPeriod(e, Date.UTC(2016, 5, 1), Date.UTC(2018, 0, 1)));
    expect(inView.length).toBeGreaterThan(3);
    expect(svg.events.map((e) => e.id).toSorted()).toEqual(inView.map((e) => e.id).toSorted());
    for (const event of inView) expect(texts, event.id).toContain(spaced(event.title));
  });

  test('events are drawn where the timeline draws them', async ({ explorer, page }) => {
    await explorer.open(`?${PERIOD_QUERY}`);
    const event = eventById('internet-cut-off');
    const item = explorer.timelineItem(event.title);
    await expect(item).toBeAttached();
    // Where the widget puts the dot, as a fraction of its frame's width.
    const onScreen = await item.evaluate((el) => {
      const frame = el.closest('.vis-panel.vis-center')!.getBoundingClientRect();
      const dot = el.closest('.vis-item')!.querySelector('.vis-dot')!.getBoundingClientRect();
      return (dot.left + dot.width / 2 - frame.left) / frame.width;
    });
    const svg = await svgTexts(page, (await downloadImage(page, 'SVG')).bytes.toString('utf8'));
    const drawn = svg.events.find((e) => e.id === event.id)!;
    // The plot is 1520 px wide from x = 40.
    expect(Math.abs((drawn.cx - 40) / 1520 - onScreen)).toBeLessThan(0.005);
  });

  test('a failure is said in words, and the next try works', async ({ explorer, page }) => {
    await explorer.open(`?${PERIOD_QUERY}`);
    await page.route(/\/assets\/view-image-[\w-]+\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'Download image' }).click();
    await page.getByRole('button', { name: 'PNG', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('The picture could not be made: its drawing code did not load');
    await expect(page.getByRole('alert')).toContainText('Reload the page');
    await expect(page.getByRole('button', { name: 'PNG', exact: true })).toBeEnabled();
    // The view is in the address: a reload brings it back, and the picture.
    await page.unroute(/\/assets\/view-image-[\w-]+\.js$/);
    await page.reload();
    await expect(explorer.timeline).toBeVisible();
    const png = await downloadImage(page, 'PNG');
    expect(png.bytes.readUInt32BE(16)).toBe(3200);
  });
});
