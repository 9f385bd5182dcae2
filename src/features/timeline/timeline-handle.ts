import type { TimelineModel } from '../../domain/load-dataset';
import { fullWindow as paddedSpan } from '../../store/time-window';
import type { OutOfSightWatch } from './out-of-sight-watch';

/** What the controls around the timeline may ask of the widget. */
export interface TimelineHandle {
  /** factor < 1 zooms in, > 1 zooms out, around the centre of the view. */
  zoom: (factor: number) => void;
  /** fraction of the visible width; negative pans to the past. */
  pan: (fraction: number) => void;
  fit: () => void;
  /** Which events are out of sight above or below the frame, and a way to them. */
  sight: OutOfSightWatch;
}

/** The whole dataset with a little air on each side. */
export function fullWindow(model: TimelineModel): { start: number; end: number } {
  return paddedSpan(model.span);
}

/** Panning stops at the dataset's span (plus a margin), never drifting into empty decades. */
export function spanLimits(model: TimelineModel): { min: number; max: number; start: number; end: number } {
  const whole = fullWindow(model);
  const margin = (model.span.end - model.span.start) * 0.1;
  return { min: model.span.start - margin, max: model.span.end + margin, ...whole };
}
