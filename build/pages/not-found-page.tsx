import { i18n } from '../../src/i18n/i18n';
import { withElements } from '../../src/components/with-elements';

/** What a static host serves for a path with no page: says so, and links home. */
export function NotFoundPage({ siteTitle, base }: { siteTitle: string; base: string }) {
  return (
    <div className="app static-page">
      <header className="app-header">
        <div className="titles">
          <p className="site-name">{siteTitle}</p>
        </div>
      </header>
      <main id="main" className="not-found">
        <h1>{i18n._('This page does not exist')}</h1>
        <p>{i18n._('There is no event or page at this address. It may have been mistyped, or the event may have been renamed or removed.')}</p>
        <p>
          {withElements((marks) => i18n._('{link}, where every event is listed.', marks), {
            link: <a href={base}>{i18n._('Go to the timeline’s home page')}</a>,
          })}
        </p>
      </main>
    </div>
  );
}
