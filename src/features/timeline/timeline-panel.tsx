import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { HeadModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { isRightToLeft } from '../../lib/direction';
import { useAppStore } from '../../store/app-store';
import { fitToViewport } from './fit-to-viewport';
import { OutOfSightCue } from './out-of-sight-cue';
import type { OutOfSightWatch } from './out-of-sight-watch';
import { TagLegend } from './tag-legend';
import './first-view.css';
import type { TimelineHandle } from './timeline-handle';
import { TimelineView } from './timeline-view';
import { useDrawnModel } from './use-drawn-model';

/** Space kept under the cue strip, in px, so it does not touch the screen's edge. */
const CUE_GAP = 8;

/** The timeline with its controls: zoom buttons, lanes switch, legend. */
export function TimelinePanel({ model: given }: { model: HeadModel }) {
  const i18n = useI18n();
  const model = useDrawnModel(given);
  const handleRef = useRef<TimelineHandle | null>(null);
  const layout = useAppStore((s) => s.layout);
  const setLayout = useAppStore((s) => s.setLayout);
  const [sight, setSight] = useState<OutOfSightWatch | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const cueRef = useRef<HTMLDivElement>(null);
  const onReady = useCallback((handle: TimelineHandle | null) => {
    handleRef.current = handle;
    setSight(handle?.sight ?? null);
  }, []);
  const focusFrame = useCallback(() => frameRef.current?.focus(), []);

  // The embed keeps its fixed height: its page is the article's, and embed.js sizes the iframe.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || frame.closest('.is-embed')) return;
    return fitToViewport(frame, () => (cueRef.current?.offsetHeight ?? 0) + CUE_GAP);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const handle = handleRef.current;
    if (!handle) return;
    // Right to left, time runs leftwards on screen: ArrowLeft pans later.
    const later = isRightToLeft(event.currentTarget) ? -1 : 1;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => handle.pan(-0.2 * later),
      ArrowRight: () => handle.pan(0.2 * later),
      '+': () => handle.zoom(0.5),
      '=': () => handle.zoom(0.5),
      '-': () => handle.zoom(2),
      '0': () => handle.fit(),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <section className="timeline-panel" aria-labelledby="timeline-heading">
      <div className="toolbar">
        <h2 id="timeline-heading" className="visually-hidden">
          {i18n._('Timeline')}
        </h2>
        <div className="button-group" role="group" aria-label={i18n._('Zoom')}>
          <button type="button" onClick={() => handleRef.current?.zoom(0.5)} aria-keyshortcuts="+">
            <span aria-hidden="true">+</span> {i18n._('Zoom in')}
          </button>
          <button type="button" onClick={() => handleRef.current?.zoom(2)} aria-keyshortcuts="-">
            <span aria-hidden="true">−</span> {i18n._('Zoom out')}
          </button>
          <button type="button" onClick={() => handleRef.current?.fit()} aria-keyshortcuts="0">
            {i18n._('Fit all')}
          </button>
        </div>
        <label className="switch">
          <input
            type="checkbox"
            checked={layout === 'actors'}
            onChange={(e) => setLayout(e.target.checked ? 'actors' : 'single')}
          />
          {i18n._('Lanes by actor')}
        </label>
      </div>
      <div
        ref={frameRef}
        className="timeline-frame"
        tabIndex={0}
        role="region"
        aria-label={i18n._('Timeline canvas')}
        aria-description={i18n._('Arrow keys pan, plus and minus zoom, 0 fits everything; Tab reaches the events, and arrow keys then move from one to the next.')}
        onKeyDown={onKeyDown}
      >
        <TimelineView model={model} onReady={onReady} />
      </div>
      <OutOfSightCue watch={sight} onFocusLost={focusFrame} stripRef={cueRef} />
      <TagLegend model={model} />
    </section>
  );
}
