import type { ReactNode } from 'react';
import { i18n } from '../../src/i18n/i18n';

/**
 * A page of the site's own words (about, corrections): the site's name as a
 * link home, the text, and the links between these pages. No explorer: there
 * is nothing on them for JavaScript to add.
 */
export function SiteTextPage({ siteTitle, base, children }: { siteTitle: string; base: string; children: ReactNode }) {
  return (
    <div className="app static-page">
      <a className="skip-link" href="#main">
        {i18n._('Skip to the text')}
      </a>
      <header className="app-header">
        <div className="titles">
          <p className="site-name">
            <a href={base}>{siteTitle}</a>
          </p>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-text">
        {children}
      </main>
      <footer className="site-footer">
        <nav aria-label={i18n._('About the timeline')}>
          <a href={base}>{i18n._('The timeline')}</a>
          <span aria-hidden="true"> · </span>
          <a href={`${base}about/`}>{i18n._('How this timeline was made')}</a>
          <span aria-hidden="true"> · </span>
          <a href={`${base}corrections/`}>{i18n._('Corrections')}</a>
        </nav>
      </footer>
    </div>
  );
}
