import type { HeadModel } from '../domain/load-dataset';
import type { Story, StoryStep } from '../domain/schema';

/** Where a reader is in a story: its id and the step, counted from 0. */
export interface StoryPosition {
  id: string;
  index: number;
}

export interface StoryStepView {
  story: Story;
  step: StoryStep;
  index: number;
}

/** The story and step a position names, or null when the model has no such story. */
export function storyStepAt(model: HeadModel | null, position: StoryPosition | null): StoryStepView | null {
  const story = position ? model?.storyById.get(position.id) : undefined;
  const step = story?.steps[position!.index];
  return story && step ? { story, step, index: position!.index } : null;
}

/**
 * The step of `story` an event belongs to, the one nearest `near` when the
 * story passes through the event more than once (the later one on a tie:
 * reading goes forward); -1 if it does not.
 */
export function stepOfEvent(story: Story, eventId: string, near = 0): number {
  let best = -1;
  story.steps.forEach((step, i) => {
    if (step.event === eventId && (best < 0 || Math.abs(i - near) <= Math.abs(best - near))) best = i;
  });
  return best;
}
