import { parseEdtf } from '../../src/domain/edtf';
import { formatEdtf } from '../../src/domain/format-date';

/**
 * An ISO calendar day ("2016-10-18") as the interface writes dates, in the
 * active locale: "18 October 2016" (long) or "18 Oct 2016" (short) in English,
 * the same labels report-dates.ts's formatDay gives, "18 de octubre de 2016" in Spanish.
 */
export function dayLabel(isoDay: string, style: 'short' | 'long' = 'long'): string {
  const parsed = parseEdtf(isoDay);
  return parsed.ok && parsed.value.from.precision === 'day' && !parsed.value.isRange ? formatEdtf(parsed.value, style) : isoDay;
}
