import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { HeadModel } from '../../domain/load-dataset';
import { readingDirection } from '../../store/reading-direction';
import { useI18n } from '../../i18n/use-i18n';
import { PALETTE_SIZE, tagSlotFinder } from '../../lib/tag-colors';
import { useMediaQuery } from '../../lib/use-media-query';
import { useAppStore, type TimeWindow } from '../../store/app-store';
import { fullWindow } from '../../store/time-window';
import { selectVisibleEvents } from '../../store/visible-events';
import { describeWindow, monthLabel, toFraction, windowForKey } from './brush-math';
import { busiest, drawBins } from './draw-bins';
import { binByMonth } from './month-bins';
import { useBrushDrag } from './use-brush-drag';
import { YearTicks } from './year-ticks';
import './overview.css';

/**
 * The whole span at a glance: shown events per month as bars coloured by tag,
 * and the visible period as a brush to drag, resize, click or key around.
 * It reads and writes the store's `window`, like the timeline, so each follows the other.
 */
export function OverviewStrip({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const events = useAppStore(selectVisibleEvents);
  const storeWindow = useAppStore((s) => s.window);
  const setWindow = useAppStore((s) => s.setWindow);
  // Right to left (issue 22) the strip runs from the right: bars, brush, ticks, drags and arrows.
  const rtl = useAppStore((s) => readingDirection(s) === 'rtl');
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const domain = useMemo(() => fullWindow(model.span), [model]);
  const bins = useMemo(() => {
    const slotOf = tagSlotFinder(model.tags.map((t) => t.id));
    return binByMonth(events, domain, PALETTE_SIZE, (e) => slotOf(e.tags[0]));
  }, [events, domain, model]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver(() => setWidth(canvas.clientWidth));
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (canvasRef.current && width > 0) drawBins(canvasRef.current, bins, domain, rtl);
  }, [bins, domain, width, dark, rtl]);

  const current = (): TimeWindow => useAppStore.getState().window ?? domain;
  const drag = useBrushDrag(domain, current, setWindow, rtl);
  const shown = storeWindow ?? domain;
  const left = Math.max(0, toFraction(shown.start, domain));
  const right = Math.min(1, toFraction(shown.end, domain));
  const peak = busiest(bins);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = windowForKey(event.key, current(), domain, rtl);
    if (!next) return;
    event.preventDefault();
    setWindow(next);
  };

  return (
    <div className="overview">
      <div className="overview-track" {...drag}>
        <canvas
          ref={canvasRef}
          className="overview-bars"
          role="img"
          aria-label={
            peak
              ? i18n._('Shown events per month; the busiest is {month}, with {total}.', { month: monthLabel(peak.start), total: peak.total })
              : i18n._('Shown events per month: none.')
          }
        />
        <div
          className="overview-brush"
          role="slider"
          tabIndex={0}
          aria-label={i18n._('Visible period')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(((left + right) / 2) * 100)}
          aria-valuetext={describeWindow(shown)}
          aria-keyshortcuts="ArrowLeft ArrowRight + - Home End"
          style={{ insetInlineStart: `${left * 100}%`, width: `${Math.max(0, right - left) * 100}%` }}
          onKeyDown={onKeyDown}
        >
          <span className="overview-edge" data-edge="start" aria-hidden="true" />
          <span className="overview-edge" data-edge="end" aria-hidden="true" />
        </div>
      </div>
      <YearTicks domain={domain} width={width} />
    </div>
  );
}
