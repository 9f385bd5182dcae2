import { useLayoutEffect, useRef, type FocusEvent } from 'react';
import { readingDirection } from '../../store/reading-direction';
import { useI18n } from '../../i18n/use-i18n';
import { forwardArrow } from '../../lib/direction';
import { useAppStore } from '../../store/app-store';
import type { StoryStepView } from '../../store/story';

/** Previous and next step (also ← → and P N), and where the reader is ("3 of 8"). */
export function StoryBar({ view }: { view: StoryStepView }) {
  const i18n = useI18n();
  const goToStep = useAppStore((s) => s.goToStep);
  const keys = forwardArrow(useAppStore((s) => readingDirection(s) === 'rtl'));
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const { index, story } = view;
  const first = index === 0;
  const last = index === story.steps.length - 1;

  // Which of the two had focus last, unless the reader took it elsewhere: a button that becomes
  // disabled drops focus to the page, and by the time an effect runs the browser may have done so.
  const held = useRef<'previous' | 'next' | null>(null);
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget) held.current = null;
  };

  // A button that becomes disabled would drop focus to the page; hand it to the other one instead.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const lost = !focused || focused === document.body;
    if (last && !first && (focused === nextRef.current || (lost && held.current === 'next'))) previousRef.current?.focus();
    else if (first && !last && (focused === previousRef.current || (lost && held.current === 'previous'))) nextRef.current?.focus();
  }, [first, last]);

  return (
    <div className="button-group story-bar" role="group" aria-label={i18n._('Step through the story')}>
      <button ref={previousRef} type="button" disabled={first} onFocus={() => (held.current = 'previous')} onBlur={onBlur} onClick={() => goToStep(index - 1)} aria-keyshortcuts={`${keys.back} P`}>
        <span className="reading-arrow" aria-hidden="true">←</span> {i18n._('Previous')}
      </button>
      <span className="step-position" aria-live="polite">
        {i18n._('{step} of {total}', { step: index + 1, total: story.steps.length })}
      </span>
      <button ref={nextRef} type="button" disabled={last} onFocus={() => (held.current = 'next')} onBlur={onBlur} onClick={() => goToStep(index + 1)} aria-keyshortcuts={`${keys.forward} N`}>
        {i18n._('Next')} <span className="reading-arrow" aria-hidden="true">→</span>
      </button>
    </div>
  );
}
