import { Fragment, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { locateQuote, quotableText, type QuoteMatch } from '../../domain/quotes';
import { quotesOfArticle } from './article-quotes';
import { SafeLink } from '../../components/safe-link';
import { useI18n } from '../../i18n/use-i18n';
import { prefersReducedMotion } from '../../lib/motion';
import { useAppStore } from '../../store/app-store';
import { formatPublished } from '../../domain/format-published';

/**
 * The full article in a modal dialog, the quoted passage marked and scrolled
 * into view. Its header (outlet, headline, date, byline, the original) stays
 * in view above the text, so the reader always knows what they are reading;
 * N and P step to the next and previous passage of the article the timeline
 * quotes.
 */
export function ArticleReader({ model }: { model: TimelineModel }) {
  const i18n = useI18n();
  const reader = useAppStore((s) => s.reader);
  const closeReader = useAppStore((s) => s.closeReader);
  const openReader = useAppStore((s) => s.openReader);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const article = reader ? model.articles.get(reader.article) : undefined;
  const articleId = reader?.article;
  const quoted = useMemo(() => (articleId ? quotesOfArticle(model, articleId) : []), [model, articleId]);

  // Open while there is an article to read; stepping to another of its quotes keeps it open.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !article) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [article]);

  const quote = reader?.quote;
  useEffect(() => {
    const mark = dialogRef.current?.querySelector('mark');
    mark?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [article, quote]);

  // An article without its text has nothing to read; the source card offers no reader for it.
  const paragraphs = article?.paragraphs;
  if (!reader || !article || !paragraphs) return null;
  // Captions follow the paragraphs in the quotable text, so their matches' indices run on from the last paragraph.
  const matches = locateQuote({ paragraphs: quotableText(article)! }, reader.quote) ?? [];
  const captions = article.captions ?? [];
  const captionAt = (before: number) => captions.map((caption, i) => ({ ...caption, i })).filter((c) => c.before === before);
  const index = quoted.findIndex((q) => q.quote === reader.quote);
  const step = (by: number) => {
    const next = quoted[index + by];
    if (next) openReader(reader.article, next.quote);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.target as HTMLElement).closest('input, textarea')) return;
    const key = event.key.toLowerCase();
    if (key === 'n') step(1);
    else if (key === 'p') step(-1);
    else return;
    event.preventDefault();
  };

  return (
    <dialog ref={dialogRef} className="reader" aria-labelledby="reader-title" onClose={closeReader} onKeyDown={onKeyDown}>
      <header className="reader-head">
        <div className="reader-bar">
          {quoted.length > 1 && index >= 0 ? (
            <div className="button-group" role="group" aria-label={i18n._('Quoted passages')}>
              <button type="button" disabled={index === 0} onClick={() => step(-1)} aria-keyshortcuts="P">
                <span aria-hidden="true">↑</span> {i18n._('Previous quote')}
              </button>
              <span className="step-position" aria-live="polite">
                {i18n._('Quote {number} of {total}', { number: index + 1, total: quoted.length })}
              </span>
              <button type="button" disabled={index === quoted.length - 1} onClick={() => step(1)} aria-keyshortcuts="N">
                {i18n._('Next quote')} <span aria-hidden="true">↓</span>
              </button>
            </div>
          ) : null}
          <button type="button" onClick={() => dialogRef.current?.close()} autoFocus>
            {i18n._('Close article')}
          </button>
        </div>
        <p className="outlet">{article.outlet}</p>
        <h2 id="reader-title">{article.title}</h2>
        <p className="meta">
          <time dateTime={article.published}>{formatPublished(article.published)}</time>
          {article.byline?.length ? <span> · {i18n._('By {names}', { names: article.byline.join(', ') })}</span> : null}
          {' · '}
          <SafeLink href={article.url}>{i18n._('Original article')}</SafeLink>
        </p>
        {article.publishedNote ? <p className="approx-note">{i18n._('Publication date: {note}', { note: article.publishedNote })}</p> : null}
      </header>
      <div className="reader-text">
        {[...paragraphs, null].map((paragraph, i) => (
          <Fragment key={i}>
            {captionAt(i).map((caption) => (
              <figure key={`c${caption.i}`} className="reader-caption">
                <figcaption>
                  <MarkedParagraph text={caption.text} matches={matches.filter((m) => m.paragraph === paragraphs.length + caption.i)} />
                </figcaption>
              </figure>
            ))}
            {paragraph === null ? null : (
              <p>
                <MarkedParagraph text={paragraph} matches={matches.filter((m) => m.paragraph === i)} />
              </p>
            )}
          </Fragment>
        ))}
      </div>
    </dialog>
  );
}

function MarkedParagraph({ text, matches }: { text: string; matches: QuoteMatch[] }) {
  if (matches.length === 0) return <>{text}</>;
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  sorted.forEach((match, i) => {
    if (match.start < cursor) return;
    pieces.push(text.slice(cursor, match.start));
    pieces.push(
      <mark key={i} className="quoted">
        {text.slice(match.start, match.end)}
      </mark>,
    );
    cursor = match.end;
  });
  pieces.push(text.slice(cursor));
  return <>{pieces}</>;
}
