import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { englishCalendar } from './english-months';

// The labels every published page and export has carried came from date-fns: the hand-written ones must match them.
describe('English dates without date-fns in the first view', () => {
  it('write every day of 2016 and 1999 as date-fns did, short and long', () => {
    for (const year of [1999, 2016]) {
      for (let day = new Date(year, 0, 1); day.getFullYear() === year; day.setDate(day.getDate() + 1)) {
        const parts = [year, day.getMonth() + 1, day.getDate()];
        expect(englishCalendar(parts, 'short')).toBe(format(day, 'd MMM yyyy'));
        expect(englishCalendar(parts, 'long')).toBe(format(day, 'd MMMM yyyy'));
        expect(englishCalendar(parts.slice(0, 2), 'short')).toBe(format(day, 'MMM yyyy'));
        expect(englishCalendar(parts.slice(0, 2), 'long')).toBe(format(day, 'MMMM yyyy'));
      }
    }
  });

  it('pad early years to four digits as "yyyy" did', () => {
    const early = new Date(2000, 8, 3);
    early.setFullYear(990);
    expect(englishCalendar([990, 9, 3], 'short')).toBe(format(early, 'd MMM yyyy'));
    expect(englishCalendar([990], 'short')).toBe('0990');
  });
});
