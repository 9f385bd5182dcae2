import { useEffect, useRef } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { locateQuote, type QuoteMatch } from '../../domain/quotes';
import { SafeLink } from '../../components/safe-link';
import { prefersReducedMotion } from '../../lib/motion';
import { useAppStore } from '../../store/app-store';
import { formatPublished } from './format-published';

/** The full article in a modal dialog, the quoted passage marked and scrolled into view. */
export function ArticleReader({ model }: { model: TimelineModel }) {
  const reader = useAppStore((s) => s.reader);
  const closeReader = useAppStore((s) => s.closeReader);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const article = reader ? model.articles.get(reader.article) : undefined;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !article) return;
    if (!dialog.open) dialog.showModal();
    const mark = dialog.querySelector('mark');
    mark?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [article, reader]);

  // An article without its text has nothing to read; the source card offers no reader for it.
  const paragraphs = article?.paragraphs;
  if (!reader || !article || !paragraphs) return null;
  const matches = locateQuote({ paragraphs }, reader.quote) ?? [];

  return (
    <dialog ref={dialogRef} className="reader" aria-labelledby="reader-title" onClose={closeReader}>
      <div className="reader-bar">
        <button type="button" onClick={() => dialogRef.current?.close()} autoFocus>
          Close article
        </button>
      </div>
      <header>
        <p className="outlet">{article.outlet}</p>
        <h2 id="reader-title">{article.title}</h2>
        <p className="meta">
          <time dateTime={article.published}>{formatPublished(article.published)}</time>
          {article.byline?.length ? <span> · By {article.byline.join(', ')}</span> : null}
          {' · '}
          <SafeLink href={article.url}>Original article</SafeLink>
        </p>
        {article.publishedNote ? <p className="approx-note">Publication date: {article.publishedNote}</p> : null}
      </header>
      <div className="reader-text">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>
            <MarkedParagraph text={paragraph} matches={matches.filter((m) => m.paragraph === i)} />
          </p>
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
