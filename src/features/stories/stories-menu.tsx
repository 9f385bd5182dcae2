import type { HeadModel } from '../../domain/load-dataset';
import { DisclosurePopover } from '../../components/disclosure-popover';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { StoryLinks } from './story-links';
import './stories.css';

const BASE = import.meta.env.BASE_URL;

/**
 * The "Stories" control in the header: the app's disclosure popover listing
 * the guided readings. Its panel is a navigation landmark, for it holds links
 * (each a story's first page). Choosing one starts it and closes the list;
 * focus then moves to the story's note in the event panel.
 */
export function StoriesMenu({ model }: { model: HeadModel }) {
  // Also re-renders StoryLinks, which reads `i18n` without the store (the home page's HTML has it too).
  const i18n = useI18n();
  const startStory = useAppStore((s) => s.startStory);
  const current = useAppStore((s) => s.story?.id);
  if (model.stories.length === 0) return null;
  return (
    <DisclosurePopover label={i18n._('Stories')} className="stories-menu" buttonClassName="stories-button" panelClassName="stories-panel" panelRole="navigation">
      {(close) => (
        <>
          <p className="stories-intro">{i18n._('Guided readings through the events, one step at a time.')}</p>
          <StoryLinks
            stories={model.stories}
            base={BASE}
            current={current}
            onOpen={(id) => {
              close();
              startStory(id);
            }}
          />
        </>
      )}
    </DisclosurePopover>
  );
}
