import { locateQuote, quotableText } from './quotes';
import type { Article, TimelineEvent } from './schema';
import * as words from './wording-words';

/** Reading helpers of the wording lint (wording-lint.ts): lines, quotes, sentences, word stems. */

/** One line of editor's text and what it may rest on. */
export interface Line {
  where: string;
  text: string;
  kind: 'title' | 'summary' | 'note' | 'statement' | 'description' | 'date-note';
  /** The events whose quotes the line may draw on. */
  events: readonly TimelineEvent[];
}

export interface Context {
  articles: ReadonlyMap<string, Article>;
}

// "U.S." and "US" are one name; curly and straight apostrophes one mark.
export const norm = (text: string) => text.replace(/\bU\.S\./g, 'US').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

export function quotesOf(events: readonly TimelineEvent[]) {
  return events.flatMap((e) => [...e.sources, ...(e.disputes ?? []).flatMap((d) => d.positions.map((p) => p.source))]);
}

/** The sentence of a paragraph around a quote: where the quote's attribution is read from. */
export function sentenceAround(paragraph: string, start: number, end: number): string {
  let from = 0;
  let to = paragraph.length;
  for (const m of paragraph.matchAll(/[.!?]["”]?\s+(?=[A-Z"“])/g)) {
    const at = m.index + m[0].length;
    if (at <= start) from = at;
    else if (m.index >= end - 1) {
      to = at;
      break;
    }
  }
  return paragraph.slice(from, to);
}

/** The paragraphs the event's quotes stand in: where a line's attribution is read from. */
export function paragraphsOf(events: readonly TimelineEvent[], ctx: Context): string[] {
  const found: string[] = [];
  for (const source of quotesOf(events)) {
    const article = ctx.articles.get(source.article);
    const text = article && quotableText(article);
    if (!text) continue;
    for (const match of locateQuote({ paragraphs: text }, source.quote) ?? []) found.push(text[match.paragraph]!);
  }
  return found;
}

export function articleParagraphsOf(events: readonly TimelineEvent[], ctx: Context): string[] {
  const ids = new Set(quotesOf(events).map((s) => s.article));
  return [...ids].flatMap((id) => {
    const article = ctx.articles.get(id);
    return (article && quotableText(article)) ?? [];
  });
}
export const articleTextOf = (events: readonly TimelineEvent[], ctx: Context) => norm(articleParagraphsOf(events, ctx).join('\n'));

/** Spans of an article inside quotation marks: the words someone is quoted as saying. */
export function quotedSpans(paragraph: string): string[] {
  const spans: string[] = [];
  // Double quotes of either style toggle, as the articles mix “…" and "…”.
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    if (!'“”"'.includes(paragraph[i]!)) continue;
    if (open < 0) open = i + 1;
    else {
      spans.push(paragraph.slice(open, i));
      open = -1;
    }
  }
  if (open >= 0) spans.push(paragraph.slice(open));
  for (const m of paragraph.matchAll(/(?:^|[\s(])['‘]([^'‘’]{2,}?)['’](?=[\s.,;:)…]|$)/g)) spans.push(m[1]!);
  return spans;
}

/** Words a line puts in quotation marks. */
export function quotedInLine(text: string): string[] {
  return [...text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!.replace(/[\s.,;:!?]+$/u, '').trim()).filter(Boolean);
}

export const sentences = (text: string) => text.split(/(?<=[.;!?])\s+(?=[A-Z“"])/u);
export const stems = (text: string) => new Set(norm(text).match(/[a-z0-9]+/g)?.filter((w) => w.length > 2 && !words.STOPWORDS.has(w)).map(words.stem) ?? []);

/** Two particular words in a row, e.g. "quiet pressure": the mark of one claim. */
export function pairs(text: string, ctx: Context): Set<string> {
  const common = commonStems(ctx);
  const list = (norm(text).match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !words.STOPWORDS.has(w)).map(words.stem);
  const out = new Set<string>();
  for (let i = 1; i < list.length; i++) if (!common.has(list[i - 1]!) && !common.has(list[i]!)) out.add(`${list[i - 1]} ${list[i]}`);
  return out;
}

const commonCache = new WeakMap<Context, Set<string>>();
/** Stems found in most of the articles. */
export function commonStems(ctx: Context): Set<string> {
  let common = commonCache.get(ctx);
  if (common) return common;
  const counts = new Map<string, number>();
  for (const article of ctx.articles.values()) for (const w of stems((quotableText(article) ?? []).join(' '))) counts.set(w, (counts.get(w) ?? 0) + 1);
  common = new Set([...counts].filter(([, n]) => n >= Math.max(2, Math.ceil(ctx.articles.size / 2))).map(([w]) => w));
  commonCache.set(ctx, common);
  return common;
}

export const NAMES_OFFICIALS = new RegExp(words.OFFICIALS.source);

