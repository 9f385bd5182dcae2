import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import type { StoryStepView } from '../../store/story';

/** Above the event in the panel: which story this is, the way out of it, and the editor's note for this step. */
export function StoryLead({ view }: { view: StoryStepView }) {
  const i18n = useI18n();
  const exitStory = useAppStore((s) => s.exitStory);
  const { story, step, index } = view;
  return (
    <section className="story-lead" aria-label={i18n._('Story: {title}', { title: story.title })}>
      <div className="story-lead-head">
        <div>
          <p className="story-kicker">{i18n._('Story')}</p>
          <p className="story-title">{story.title}</p>
        </div>
        <button type="button" onClick={exitStory} aria-keyshortcuts="Escape">
          {i18n._('Exit story')}
        </button>
      </div>
      {index === 0 ? <p className="story-summary">{story.summary}</p> : null}
      <p className="story-note">{step.note}</p>
    </section>
  );
}
