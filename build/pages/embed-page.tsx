import type { TimelineModel } from '../../src/domain/load-dataset';
import { EmbedCredit } from '../../src/features/embed/embed-credit';
import { i18n } from '../../src/i18n/i18n';
import { EventIndex } from './static-shell';

/**
 * The embed (`<base>embed/`) as written at build time: the embed's title line
 * and credit around the list of events, so an iframe paints before the script
 * arrives and reads with JavaScript off. Links open in a new tab, never inside
 * the reader's article.
 */
export function EmbedPage({ model, base }: { model: TimelineModel; base: string }) {
  return (
    <div className="app is-embed static-page">
      <header className="embed-header">
        <h1>{model.title}</h1>
        <p className="result-count">{i18n._('{count, plural, one {# event} other {All # events}}', { count: model.events.length })}</p>
      </header>
      <main id="main" className="embed-static-list">
        <EventIndex model={model} base={base} newTab />
      </main>
      <EmbedCredit model={model} fullHref={base} />
    </div>
  );
}
