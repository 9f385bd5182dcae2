import { useEffect, useId, useRef, useState } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { useAppStore } from '../../store/app-store';
import { StoryLinks } from './story-links';
import './stories.css';

const BASE = import.meta.env.BASE_URL;

/**
 * The "Stories" control in the header: a disclosure listing the guided
 * readings. Choosing one starts it; Escape or a click elsewhere closes the list.
 */
export function StoriesMenu({ model }: { model: TimelineModel }) {
  const [open, setOpen] = useState(false);
  const startStory = useAppStore((s) => s.startStory);
  const current = useAppStore((s) => s.story?.id);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (model.stories.length === 0) return null;
  return (
    <div
      className="stories-menu"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button ref={buttonRef} type="button" className="stories-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Stories<span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <nav id={panelId} className="stories-panel" aria-label="Stories">
          <p className="stories-intro">Guided readings through the events, one step at a time.</p>
          <StoryLinks
            stories={model.stories}
            base={BASE}
            current={current}
            onOpen={(id) => {
              setOpen(false);
              startStory(id);
            }}
          />
        </nav>
      ) : null}
    </div>
  );
}
