import type { TimelineModel } from '../../domain/load-dataset';
import { locateQuote, quotableText, type QuoteMatch } from '../../domain/quotes';

export interface PlacedQuote {
  quote: string;
  matches: QuoteMatch[];
}


/**
 * Every passage of one article that the timeline quotes (by any event, its
 * sources or its disputes), once each, in the order they stand in the text:
 * the reader steps through them with Next and Previous quote.
 */
export function quotesOfArticle(model: Pick<TimelineModel, 'events' | 'articles'>, articleId: string): PlacedQuote[] {
  const article = model.articles.get(articleId);
  const paragraphs = article && quotableText(article);
  if (!article?.paragraphs || !paragraphs) return [];
  const count = article.paragraphs.length;
  // Reading order: a caption (indices past the last paragraph) stands just before its paragraph.
  const position = (q: PlacedQuote) => {
    const { paragraph, start } = q.matches[0]!;
    return [paragraph < count ? paragraph : (article.captions?.[paragraph - count]?.before ?? count) - 0.5, start] as const;
  };
  const quotes = new Set<string>();
  for (const event of model.events) {
    for (const source of event.sources) if (source.article === articleId) quotes.add(source.quote);
    for (const dispute of event.disputes ?? [])
      for (const side of dispute.positions) if (side.source.article === articleId) quotes.add(side.source.quote);
  }
  const placed: PlacedQuote[] = [];
  for (const quote of quotes) {
    const matches = locateQuote({ paragraphs }, quote);
    if (matches?.length) placed.push({ quote, matches });
  }
  return placed.sort((a, b) => {
    const [pa, sa] = position(a);
    const [pb, sb] = position(b);
    return pa - pb || sa - sb;
  });
}
