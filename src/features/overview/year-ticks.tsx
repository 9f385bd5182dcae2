import type { Domain } from './brush-math';
import { toFraction } from './brush-math';

/** Years under the strip, thinned so labels never collide on a narrow screen. Decoration: the slider speaks the period. */
export function YearTicks({ domain, width }: { domain: Domain; width: number }) {
  const first = new Date(domain.start).getUTCFullYear() + 1;
  const last = new Date(domain.end).getUTCFullYear();
  const years = Math.max(1, last - first + 1);
  const fits = Math.max(1, Math.floor((width || 300) / 44));
  const step = Math.ceil(years / fits);
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  return (
    <div className="overview-years" aria-hidden="true">
      {ticks.map((year) => (
        <span key={year} style={{ insetInlineStart: `${toFraction(Date.UTC(year, 0, 1), domain) * 100}%` }}>
          {year}
        </span>
      ))}
    </div>
  );
}
