import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { axisFormat } from './axis-labels';

const label = (fn: unknown, iso: string, scale: string) => (fn as (d: moment.Moment, s: string, step: number) => string)(moment.utc(iso), scale, 1);

describe('the axis in the interface’s language', () => {
  it('names Spanish months and writes the month above the days as Spanish does', () => {
    const format = axisFormat('es');
    expect(label(format.minorLabels, '2016-10-16', 'month').toLowerCase()).toMatch(/^oct/);
    expect(label(format.majorLabels, '2016-10-16', 'day')).toBe('octubre de 2016');
    expect(label(format.minorLabels, '2016-10-16', 'day')).toBe('16');
    expect(label(format.minorLabels, '2016-10-16', 'year')).toBe('2016');
  });

  it('keeps the day in UTC, as the timeline is drawn, at the edge of a day', () => {
    expect(label(axisFormat('de').minorLabels, '2016-10-16T23:30:00Z', 'day')).toBe('16');
  });

  it('gives English vis-timeline’s own patterns back', () => {
    expect(axisFormat('en-GB')).toMatchObject({ minorLabels: { month: 'MMM' }, majorLabels: { day: 'MMMM YYYY' } });
  });
});
