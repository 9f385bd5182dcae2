import { useMemo, type ReactNode } from 'react';
import type { SwipeDirection } from '../../lib/use-swipe';
import { useAppStore } from '../../store/app-store';
import { storyStepAt } from '../../store/story';
import { StoryBar } from './story-bar';
import { StoryLead } from './story-lead';

export interface StoryPanelParts {
  /** Shown above the event: the story and the step's note. */
  lead: ReactNode;
  /** In place of the panel's own previous/next buttons. */
  bar: ReactNode;
  onSwipe: (direction: SwipeDirection) => void;
}

/** What the event panel shows of the story being read, or undefined outside a story. */
export function useStoryPanel(): StoryPanelParts | undefined {
  const model = useAppStore((s) => s.model);
  const position = useAppStore((s) => s.story);
  const goToStep = useAppStore((s) => s.goToStep);
  return useMemo(() => {
    const view = storyStepAt(model, position);
    if (!view) return undefined;
    return {
      lead: <StoryLead view={view} />,
      bar: <StoryBar view={view} />,
      onSwipe: (direction) => goToStep(view.index + (direction === 'next' ? 1 : -1)),
    };
  }, [model, position, goToStep]);
}
