import { issueProblems, type Issue, type Problem } from './problems';
import type { Story } from './schema';

/**
 * Checks the stories of a file against the events that are shown, one story
 * at a time, so one broken story costs only itself:
 * - a story that breaks the schema, or repeats an earlier story's id, is skipped;
 * - a step naming an event that is not shown (missing from the file, or
 *   skipped for its own problems) is skipped, with a warning naming the story
 *   and the step;
 * - a story left with no step is skipped.
 * Every such warning carries `skipsStory`, so an opened file (which must be
 * complete) can be refused for it.
 */

/** How a story is read: the fast check for sound ones, the slow path (zod) to word a problem or normalise. */
export interface StoryReader {
  asIs: (raw: unknown) => boolean;
  parse: (raw: unknown) => { ok: true; value: Story } | { ok: false; issues: Issue[] };
}

function storyLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 120 ? `stories[${index}] "${id}"` : `stories[${index}]`;
}

export function checkStories(
  raws: readonly unknown[],
  shownEvents: ReadonlyMap<string, unknown>,
  inFile: (id: string) => boolean,
  read: StoryReader,
): { stories: Story[]; warnings: Problem[] } {
  const stories: Story[] = [];
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  const warn = (where: string, message: string) => warnings.push({ severity: 'warning', where, message, skipsStory: true });

  raws.forEach((raw, index) => {
    const label = storyLabel(index, raw);
    let story: Story;
    if (read.asIs(raw)) story = raw as Story;
    else {
      const parsed = read.parse(raw);
      if (!parsed.ok) {
        const [first, ...rest] = issueProblems(parsed.issues, label, 'warning');
        if (first) warnings.push({ ...first, message: `${first.message}; the story is skipped`, skipsStory: true }, ...rest);
        return;
      }
      story = parsed.value;
    }
    if (seen.has(story.id)) {
      warn(`${label}.id`, `the id "${story.id}" is used twice; this copy is skipped`);
      return;
    }
    seen.add(story.id);
    const steps = story.steps.filter((step, i) => {
      if (shownEvents.has(step.event)) return true;
      const why = inFile(step.event) ? `the event "${step.event}" is not shown (see its own warning)` : `no event has the id "${step.event}"`;
      warn(`${label} › steps[${i}].event`, `${why}; the step is skipped`);
      return false;
    });
    if (steps.length === 0) {
      warn(`${label} › steps`, 'no step is left; the story is skipped');
      return;
    }
    // A copy, as the input belongs to the caller.
    stories.push({ id: story.id, title: story.title, summary: story.summary, steps, ...(story.corrections ? { corrections: story.corrections } : {}) });
  });
  return { stories, warnings };
}
