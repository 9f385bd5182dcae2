import type { Story } from '../../domain/schema';
import { AppLink } from '../../components/app-link';
import { i18n } from '../../i18n/i18n';
import { storyStepHref } from '../../lib/story-path';

interface Props {
  stories: readonly Story[];
  base: string;
  /** Starts the story in the app; without it (a static page) each link opens the first step's page. */
  onOpen?: (id: string) => void;
  /** The story being read, if any. */
  current?: string | undefined;
}

/**
 * Every story with its summary, each a link to its first step. No store
 * access: the build writes the same list into the home page's HTML (in the
 * app, the Stories menu's useI18n() renders it again when the language changes).
 */
export function StoryLinks({ stories, base, onOpen, current }: Props) {
  return (
    <ol className="story-links">
      {stories.map((story) => (
        <li key={story.id}>
          <AppLink
            className="story-link"
            href={storyStepHref(story.id, 1, story.steps[0]!.event, base)}
            onNavigate={onOpen ? () => onOpen(story.id) : undefined}
            aria-current={story.id === current ? 'true' : undefined}
          >
            <span className="story-link-title">{story.title}</span> <span className="story-link-steps">{i18n._('{count, plural, one {# step} other {# steps}}', { count: story.steps.length })}</span>
          </AppLink>
          <p className="story-link-summary">{story.summary}</p>
        </li>
      ))}
    </ol>
  );
}
