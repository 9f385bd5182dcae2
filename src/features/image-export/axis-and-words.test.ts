import { describe, expect, it } from 'vitest';
import { axisTicks } from './axis-ticks';
import { creditLine, imageFileName, periodLine } from './image-words';
import { shortenToWidth, wrapToWidth, type Measure } from './shorten';

const measure: Measure = (text) => text.length * 7;

describe('axisTicks', () => {
  it('marks years over a decade, months over a year, days over a few weeks, never closer than a label', () => {
    // Nine years on 1520 px: half-years fit, each year's start a major line named by its year.
    const halves = axisTicks(Date.UTC(2010, 0, 1), Date.UTC(2019, 1, 1), 1520);
    expect(halves.map((t) => t.label).slice(0, 3)).toEqual(['2010', 'Jul', '2011']);
    expect(halves.filter((t) => t.major).map((t) => t.label)).toContain('2016');
    const years = axisTicks(Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1), 1520);
    expect(years.every((t) => t.major && /^\d{4}$/.test(t.label))).toBe(true);
    const months = axisTicks(Date.UTC(2016, 5, 1), Date.UTC(2017, 5, 1), 1520);
    expect(months.map((t) => t.label).slice(0, 8)).toEqual(['Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '2017']);
    const days = axisTicks(Date.UTC(2016, 9, 1), Date.UTC(2016, 10, 1), 1520);
    expect(days[0]!.label).toBe('Oct 2016');
    for (const ticks of [years, months, days]) {
      for (let i = 1; i < ticks.length; i++) {
        const start = ticks[0]!.time;
        const end = ticks.at(-1)!.time;
        if (end > start) expect(((ticks[i]!.time - ticks[i - 1]!.time) / (end - start)) * 1520 * 0.9).toBeGreaterThan(30);
      }
    }
  });

  it('has nothing to mark on an empty window', () => {
    expect(axisTicks(5, 5, 1520)).toEqual([]);
  });
});

describe('shortenToWidth and wrapToWidth', () => {
  it('keeps a title that fits, and cuts one that does not after a whole word', () => {
    expect(shortenToWidth('Assange’s internet access cut off', 1000, 14, measure)).toBe('Assange’s internet access cut off');
    expect(shortenToWidth('Assange’s internet access cut off', 140, 14, measure)).toBe('Assange’s internet…');
    expect(shortenToWidth('Pompeo: WikiLeaks is hostile', 60, 14, measure)).toBe('Pompeo…');
    expect(shortenToWidth('Unbreakablelongword rest', 20, 14, measure)).toBe('');
  });

  it('wraps at spaces', () => {
    expect(wrapToWidth('one two three four', 70, 14, measure)).toEqual(['one two', 'three four']);
  });
});

describe('the words around the picture', () => {
  it('names the period by its days, the last one inclusive', () => {
    expect(periodLine({ start: Date.UTC(2016, 8, 1), end: Date.UTC(2017, 0, 1) })).toBe('Period shown: 1 Sep 2016 – 31 Dec 2016');
  });

  it('names the file after the months of the period', () => {
    expect(imageFileName({ start: Date.UTC(2016, 9, 1), end: Date.UTC(2016, 10, 1) }, 'png')).toBe('assange-timeline-2016-10.png');
    expect(imageFileName({ start: Date.UTC(2016, 8, 1), end: Date.UTC(2017, 0, 1) }, 'svg')).toBe('assange-timeline-2016-09-to-2016-12.svg');
  });

  it('credits the outlets and the site without its scheme', () => {
    expect(creditLine(['NBC News', 'Newstalk'], 'https://example.org/timeline/')).toBe('Sources: NBC News, Newstalk. From the timeline at example.org/timeline/');
  });
});
