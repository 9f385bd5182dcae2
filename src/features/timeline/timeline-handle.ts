import type { OutOfSightWatch } from './out-of-sight-watch';

/** What the controls around the timeline may ask of the widget. */
export interface TimelineHandle {
  /** factor < 1 zooms in, > 1 zooms out, around the selected event when it is in view, else the centre. */
  zoom: (factor: number) => void;
  /** fraction of the visible width; negative pans to the past. */
  pan: (fraction: number) => void;
  /** Shows every event the filters let through. */
  fit: () => void;
  /** Which events are out of sight above or below the frame, and a way to them. */
  sight: OutOfSightWatch;
}
