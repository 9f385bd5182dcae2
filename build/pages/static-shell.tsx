import type { ReactNode } from 'react';
import { CoverageNote } from '../../src/components/coverage-note';
import type { TimelineModel } from '../../src/domain/load-dataset';
import { formatEdtf } from '../../src/domain/format-date';
import { i18n } from '../../src/i18n/i18n';
import { StoryLinks } from '../../src/features/stories/story-links';
import { pathFor } from '../../src/lib/event-path';

/**
 * The app's layout as static HTML: the same header, the same workspace, the
 * same panel classes, so the first paint is already the page's content and
 * the explorer, when it takes over, draws into the same places. On wide
 * screens it also keeps room for what the explorer adds above the events (its
 * buttons in the header, the filter bar, which here holds a note on what
 * JavaScript adds), so the header and an open event stay where they are when
 * it does. `children` replaces the list of events (an actor's page).
 * Rendered once, in the locale the prerender activated (the dataset's, issue
 * 22), so its words read `i18n` directly rather than subscribing to the store.
 */
export function StaticShell({ model, base, aside, children }: { model: TimelineModel; base: string; aside?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`app static-page${aside ? ' has-panel' : ''}`}>
      <a className="skip-link" href="#main">
        {i18n._('Skip to events')}
      </a>
      <header className="app-header">
        <div className="titles">
          <h1>{model.title}</h1>
          <p className="description">{model.description}</p>
          <CoverageNote model={model} base={base} />
        </div>
        <div className="header-actions static-actions" aria-hidden="true" />
      </header>
      <div className="filter-bar static-filter-bar">
        <p className="static-note">{i18n._('Every event has a page of its own with its sources. With JavaScript on, this becomes the interactive timeline.')}</p>
      </div>
      <div className="workspace">
        <main id="main" tabIndex={-1}>
          {children ?? (
            <>
              <StoryIndex model={model} base={base} />
              <EventIndex model={model} base={base} />
            </>
          )}
        </main>
        {aside}
      </div>
    </div>
  );
}

/** The guided readings, each a link to its first step. */
function StoryIndex({ model, base }: { model: TimelineModel; base: string }) {
  if (model.stories.length === 0) return null;
  return (
    <nav className="static-stories" aria-labelledby="stories-heading">
      <h2 id="stories-heading">{i18n._('Stories')}</h2>
      <StoryLinks stories={model.stories} base={base} />
    </nav>
  );
}

/** Every event, in date order, with its date and a link to its page (in a new tab from inside an embed). */
export function EventIndex({ model, base, newTab = false }: { model: TimelineModel; base: string; newTab?: boolean }) {
  return (
    <section className="static-index" aria-labelledby="index-heading">
      <h2 id="index-heading">{i18n._('{count, plural, one {# event} other {All # events}}', { count: model.events.length })}</h2>
      <ol>
        {model.events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date} className="row-date">
              {formatEdtf(event.when)}
            </time>
            <a href={pathFor(event.id, base)} className="row-title" {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
              {event.title}
            </a>
            {event.disputes?.length ? <span className="badge">{i18n._('Disputed')}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
