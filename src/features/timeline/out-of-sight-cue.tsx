import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { moreAbove, moreBelow, NOTHING_HIDDEN, sightMessage } from './out-of-sight';
import type { OutOfSightWatch } from './out-of-sight-watch';

const noSubscription = () => () => {};

/**
 * The strip under the timeline's frame that says how many events are out of
 * sight above or below it, and brings them in on a click (issue 18: the wheel
 * zooms, so only a vertical drag reached them, and nothing said they were
 * there). The strip is always there, so the frame does not move when it fills.
 */
interface Props {
  watch: OutOfSightWatch | null;
  /** Where the focus goes when the button that had it goes. */
  onFocusLost: () => void;
  /** The strip, measured by the frame's fit to the viewport. */
  stripRef: RefObject<HTMLDivElement | null>;
}

export function OutOfSightCue({ watch, onFocusLost, stripRef }: Props) {
  // The counts' words are made here, so the cue follows the interface's language.
  useI18n();
  const subscribe = useCallback((listener: () => void) => (watch ? watch.subscribe(listener) : noSubscription()), [watch]);
  const sight = useSyncExternalStore(subscribe, () => watch?.current() ?? NOTHING_HIDDEN, () => NOTHING_HIDDEN);
  const hadFocus = useRef<'above' | 'below' | null>(null);

  // Said once the counts settle, not at every step of a scroll.
  const [announced, setAnnounced] = useState('');
  const message = sightMessage(sight);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), 700);
    return () => clearTimeout(timer);
  }, [message]);

  // A button that disappears under the keyboard's focus hands it on.
  useEffect(() => {
    const where = hadFocus.current;
    if (!where || (where === 'above' ? sight.above : sight.below)) return;
    hadFocus.current = null;
    const other = stripRef.current?.querySelector<HTMLButtonElement>('button');
    if (other) other.focus();
    else onFocusLost();
  }, [sight, onFocusLost, stripRef]);

  const reveal = (where: 'above' | 'below') => {
    hadFocus.current = document.activeElement instanceof HTMLButtonElement && stripRef.current?.contains(document.activeElement) ? where : null;
    watch?.reveal(where);
  };

  return (
    <div className="sight-cue" ref={stripRef}>
      {sight.above > 0 && (
        <button type="button" className="sight-cue-button" onClick={() => reveal('above')}>
          <span aria-hidden="true">↑ </span>
          {moreAbove(sight.above)}
        </button>
      )}
      {sight.below > 0 && (
        <button type="button" className="sight-cue-button is-below" onClick={() => reveal('below')}>
          {moreBelow(sight.below)}
          <span aria-hidden="true"> ↓</span>
        </button>
      )}
      {/* Not role="status": that is the filters' count of events. */}
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
