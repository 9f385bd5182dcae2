import type { Moment } from 'moment';

/**
 * vis-timeline's axis in the interface's language (issue 22). vis-timeline
 * names months through moment's locales, which would add a locale file per
 * language to the timeline's chunk; the browser's Intl.DateTimeFormat already
 * knows every language's month names and order, so the axis asks it instead,
 * through vis-timeline's `format` option (functions of the label's date and
 * scale).
 */

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';
type Label = (date: Moment, scale: Scale, step: number) => string;

const MINOR: Record<Scale, Intl.DateTimeFormatOptions | null> = {
  millisecond: null,
  second: { second: 'numeric' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: null,
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<Scale, Intl.DateTimeFormatOptions | null> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  minute: { weekday: 'short', day: 'numeric', month: 'long' },
  hour: { weekday: 'short', day: 'numeric', month: 'long' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

function labeller(dateLocale: string, table: Record<Scale, Intl.DateTimeFormatOptions | null>, fallback: (date: Moment, scale: Scale) => string): Label {
  const formatters = new Map<Scale, Intl.DateTimeFormat>();
  return (date, scale) => {
    const options = table[scale];
    if (!options) return fallback(date, scale);
    let formatter = formatters.get(scale);
    if (!formatter) {
      // The timeline runs in UTC (timeline-view.tsx), so its labels do too.
      formatter = new Intl.DateTimeFormat(dateLocale, { ...options, timeZone: 'UTC' });
      formatters.set(scale, formatter);
    }
    return formatter.format(date.valueOf());
  };
}

// vis-timeline's own patterns (TimeStep.FORMAT), given back when the reader returns to English.
const ENGLISH = {
  minorLabels: { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'HH:mm', weekday: 'ddd D', day: 'D', week: 'w', month: 'MMM', year: 'YYYY' },
  majorLabels: { millisecond: 'HH:mm:ss', second: 'D MMMM HH:mm', minute: 'ddd D MMMM', hour: 'ddd D MMMM', weekday: 'MMMM YYYY', day: 'MMMM YYYY', week: 'MMMM YYYY', month: 'YYYY', year: '' },
};

/**
 * The `format` option for an interface language; English keeps vis-timeline's
 * patterns. Week numbers and milliseconds are numbers in any language; a
 * year's major label is empty, as vis-timeline draws it.
 */
export function axisFormat(dateLocale: string): typeof ENGLISH | { minorLabels: Label; majorLabels: Label } {
  if (dateLocale.startsWith('en')) return ENGLISH;
  return {
    minorLabels: labeller(dateLocale, MINOR, (date, scale) => (scale === 'week' ? date.format('w') : date.format('SSS'))),
    majorLabels: labeller(dateLocale, MAJOR, () => ''),
  };
}
