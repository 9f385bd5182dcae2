import type { Article, SourceRef } from '../../domain/schema';
import { HighlightedText } from '../../components/highlighted-text';
import { SafeLink } from '../../components/safe-link';
import { formatPublished } from '../../domain/format-published';
import { i18n } from '../../i18n/i18n';

interface Props {
  source: SourceRef;
  article: Article;
  terms: readonly string[];
  /** Without it (a static page) there is no reader; the headline links to the original. */
  onRead?: () => void;
}

/**
 * One source of an event: where it comes from and the verbatim passage. No store access (the static
 * event page renders it too): the panel's useI18n() renders it again when the language changes.
 */
export function SourceCard({ source, article, terms, onRead }: Props) {
  return (
    <article className="source-card" aria-label={i18n._('Source: {outlet}', { outlet: article.outlet })}>
      <header>
        <p className="outlet">{article.outlet}</p>
        <h4 className="headline">
          <SafeLink href={article.url}>{article.title}</SafeLink>
        </h4>
        <p className="meta">
          <time dateTime={article.published}>{formatPublished(article.published)}</time>
          {article.publishedNote ? <span className="approx-note"> {i18n._('(date approximate)')}</span> : null}
          {article.byline?.length ? <span> · {i18n._('By {names}', { names: article.byline.join(', ') })}</span> : null}
        </p>
      </header>
      <blockquote cite={article.url} dir="auto">
        <p>
          <HighlightedText text={source.quote} terms={terms} />
        </p>
      </blockquote>
      {source.dateBasis ? (
        <p className="date-basis">
          <strong>{i18n._('How the date was worked out:')}</strong> {source.dateBasis}
        </p>
      ) : null}
      {!article.paragraphs ? (
        // The file gave a link and a quote but not the article's text, so nothing vouches for the quote.
        <p className="unchecked">{i18n._('Quote not checked against the article text')}</p>
      ) : onRead ? (
        <button type="button" className="link-button" onClick={onRead}>
          {i18n._('Read the article')}
        </button>
      ) : null}
    </article>
  );
}
