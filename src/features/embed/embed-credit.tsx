import { describeCoverage } from '../../domain/coverage';
import type { HeadModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The embed's last line: where the events come from, and the way out to the
 * same view on the full site. Store-free, so the build writes the same line
 * into the embed's static page.
 */
export function EmbedCredit({ model, fullHref }: { model: HeadModel; fullHref: string }) {
  const i18n = useI18n();
  const outlets = [...new Set([...model.articles.values()].map((article) => article.outlet))];
  const coverage = describeCoverage(model);
  return (
    <footer className="embed-credit">
      {coverage ? <p className="embed-coverage">{coverage}</p> : null}
      {outlets.length > 0 ? <p className="embed-sources">{i18n._('Sources: {outlets}', { outlets: outlets.join(', ') })}</p> : null}
      <a className="embed-full-link" href={fullHref} target="_blank" rel="noopener">
        {i18n._('Open the full timeline')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {i18n._('(opens in a new tab)')}</span>
      </a>
    </footer>
  );
}
