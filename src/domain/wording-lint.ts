import { locateQuote, quotableText } from './quotes';
import type { Dataset } from './schema';
import * as words from './wording-words';
import {
  NAMES_OFFICIALS,
  articleParagraphsOf,
  articleTextOf,
  commonStems,
  norm,
  pairs,
  paragraphsOf,
  quotedInLine,
  quotedSpans,
  quotesOf,
  sentenceAround,
  sentences,
  stems,
  type Context,
  type Line,
} from './wording-text';

export { quotedInLine, quotedSpans } from './wording-text';

/**
 * Holds the dataset's own words to its articles (issue 19): a title, summary,
 * story note, dispute statement or actor description says no more than the
 * five articles. The loader already checks that every quote is verbatim;
 * these rules read the editor's lines around the quotes. Each rule is a
 * mechanical proxy for one way a line was found to say more than its source,
 * tuned to flag those lines and none of the honest ones (see the fixture in
 * __fixtures__/wording-bad-lines.ts). It is a data test, not a loader check:
 * an opened file is not held to our editorial standard.
 */

export interface WordingProblem {
  rule: string;
  where: string;
  message: string;
}

type Rule = (line: Line, ctx: Context) => string | null;

const RULES: Record<string, Rule> = {
  /** Quotation marks enclose words someone said, verbatim in the event's quotes and quoted in the article. */
  'verbatim-quotes': (line, ctx) => {
    const quotes = quotesOf(line.events).map((s) => norm(s.quote));
    const spans = paragraphsOf(line.events, ctx).flatMap(quotedSpans).map(norm);
    for (const quoted of quotedInLine(line.text)) {
      const q = norm(quoted);
      if (!quotes.some((quote) => quote.includes(q))) return `“${quoted}” is in quotation marks but not in the event's quotes`;
      if (!spans.some((span) => span.includes(q))) return `“${quoted}” is in quotation marks, but the article does not quote anyone saying it`;
    }
    return null;
  },

  /** A claim the article only attributes keeps its attribution in the title. */
  attribution: (line, ctx) => {
    if (line.kind !== 'title' || line.events.length !== 1) return null;
    const event = line.events[0]!;
    if (event.disputes?.length || event.sources.length === 0) return null;
    const attributed = event.sources.every((source) => {
      const article = ctx.articles.get(source.article);
      const paragraphs = article && quotableText(article);
      if (!paragraphs) return false;
      const match = locateQuote({ paragraphs }, source.quote);
      return !!match?.length && match.every((m) => words.ATTRIBUTED.test(sentenceAround(paragraphs[m.paragraph]!, m.start, m.end)));
    });
    if (!attributed) return null;
    return line.text.includes(':') || words.SPEECH_VERBS.test(line.text) ? null : 'every quote is attributed speech, but the title states it as fact without saying who says it';
  },

  /** A hedge in the article ("suggested", "appear to") is not turned into "reveals". */
  hedge: (line, ctx) => {
    if (line.kind === 'date-note' || line.kind === 'description') return null;
    const quotes = norm(quotesOf(line.events).map((s) => s.quote).join(' '));
    const strong = line.text.match(words.STRONG_VERBS)?.[0];
    if (strong && words.HEDGES.test(quotes) && !quotes.includes(norm(strong))) return `"${strong}" where the quotes hedge`;
    // A sentence of the article that hedges the very claim the line makes.
    const hedged = articleParagraphsOf(line.events, ctx).flatMap(sentences).filter((s) => words.CLAIM_HEDGES.test(s));
    const common = commonStems(ctx);
    for (const sentence of sentences(line.text)) {
      if (words.HEDGES.test(sentence) || words.ASKED.test(sentence)) continue;
      const mine = stems(sentence);
      for (const theirs of hedged) {
        // Only words particular to the claim count (Assange, WikiLeaks, U.S. are in every article),
        // and one of them must be in what the hedge governs, not only in its setting.
        const shared = [...stems(theirs)].filter((w) => mine.has(w) && !common.has(w));
        const hedgedPart = stems(theirs.slice(theirs.search(words.CLAIM_HEDGES)));
        if (shared.length >= 3 && shared.some((w) => hedgedPart.has(w))) return `states without a hedge what the article hedges ("${theirs.slice(0, 80)}…")`;
      }
    }
    return null;
  },

  /** A date note rests on the articles alone, and names no internal file. */
  'date-note': (line) => (line.kind === 'date-note' && words.INTERNAL_BASIS.test(line.text) ? 'the date note rests on something other than the articles' : null),

  /** Speakers as the article names them: "U.S. officials told NBC News" is not "U.S. intelligence officials told NBC News". */
  speakers: (line, ctx) => {
    const text = articleTextOf(line.events, ctx);
    for (const m of line.text.matchAll(words.TOLD)) {
      if (!text.includes(norm(m[1]!))) return `"${m[1]}" is not how the article names the speaker`;
    }
    const paragraphs = norm(paragraphsOf(line.events, ctx).join('\n'));
    const articleSentences = articleParagraphsOf(line.events, ctx).flatMap(sentences);
    for (const sentence of sentences(line.text)) {
      for (const m of sentence.matchAll(words.OFFICIALS)) {
        if (!paragraphs.includes(norm(m[0]))) return `"${m[0]}": the quotes' paragraphs name no such officials`;
        // The article's sentences that make the same claim (two particular words in a row) name its speakers.
        const mine = pairs(sentence, ctx);
        const same = articleSentences.filter((theirs) => [...pairs(theirs, ctx)].some((pair) => mine.has(pair)) && NAMES_OFFICIALS.test(theirs));
        if (same.length && !same.some((theirs) => norm(theirs).includes(norm(m[0])))) return `"${m[0]}": the article gives this claim to other speakers`;
      }
    }
    return null;
  },

  /** "Answers", "responds", "warns", "vows": the line's characterising verb is the article's. */
  characterisation: (line, ctx) => {
    const text = articleTextOf(line.events, ctx);
    for (const [verb, group] of words.CHARACTERISING) {
      const m = line.text.match(verb);
      if (m && !group.some((g) => text.includes(g))) return `"${m[0]}" characterises what the article does not`;
    }
    return null;
  },

  /** A count in a line is a count the quotes give. */
  counts: (line) => {
    if (line.kind === 'date-note') return null;
    const quotes = norm(quotesOf(line.events).map((s) => s.quote).join(' '));
    const text = line.text.replace(words.TIME_SPANS, '');
    const m = text.match(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b(?! of (?:the|its|his|her))/i);
    if (m && line.kind !== 'description' && !quotes.includes(m[1]!.toLowerCase())) return `the count "${m[0]}" is not in the quotes`;
    return null;
  },

  /** A day named in a line is the event's day, a day its date notes give, or the day an article was published. */
  'named-days': (line) => {
    if (line.kind === 'date-note' || line.kind === 'description' || line.events.length !== 1) return null;
    const event = line.events[0]!;
    const notes = event.sources.map((s) => s.dateBasis ?? '').join(' ');
    for (const m of line.text.matchAll(words.DAY_MONTH)) {
      const day = Number(m[1]);
      const month = words.MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
      const iso = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (event.date.includes(iso) || notes.includes(`${day} ${m[2]!.slice(0, 3)}`)) continue;
      return `"${m[0]}" is a day the event's date and notes do not give`;
    }
    return null;
  },

  /** An open-ended source ("has been posting", "in recent weeks") cannot give an exact month or day. */
  'open-ended-date': (line) => {
    if (line.kind !== 'date-note') return null;
    const event = line.events[0];
    if (!event || /[~?/]/.test(event.date) || !words.OPEN_ENDED.test(line.text)) return null;
    return `the note is open-ended, but the date "${event.date}" is exact`;
  },

  /** A verb of the title that only an undated quote supports, dated by another quote: the date dates something else. */
  'dated-claim': (line) => {
    if (line.kind !== 'title' || line.events.length !== 1) return null;
    const event = line.events[0]!;
    const dated = event.sources.filter((s) => s.dateBasis);
    if (dated.length === 0 || dated.length === event.sources.length) return null;
    const datedStems = stems(dated.map((s) => s.quote).join(' '));
    const undatedStems = stems(event.sources.filter((s) => !s.dateBasis).map((s) => s.quote).join(' '));
    const verb = (norm(line.text).match(/[a-z]+ed\b/g) ?? []).map(words.stem).find((w) => undatedStems.has(w) && !datedStems.has(w));
    return verb ? `the date comes from a quote about something else than "${verb}"` : null;
  },

  /** Phrases the review found saying more than the articles; none of the five articles uses them. */
  'unsourced-phrase': (line, ctx) => {
    const all = norm([...ctx.articles.values()].flatMap((a) => quotableText(a) ?? []).join('\n'));
    const m = norm(line.text).match(words.UNSOURCED_PHRASES);
    return m && !all.includes(m[0]) ? `"${m[0]}" is in none of the articles` : null;
  },

  /** An actor is described in the articles' own words. */
  'description-words': (line, ctx) => {
    if (line.kind !== 'description') return null;
    const all = stems([...ctx.articles.values()].flatMap((a) => quotableText(a) ?? []).join('\n'));
    const missing = [...stems(line.text)].filter((w) => !/^\d+$/.test(w) && !all.has(w));
    return missing.length ? `"${missing.join('", "')}": in none of the articles` : null;
  },
};

export const RULE_NAMES = Object.keys(RULES);

function linesOf(data: Dataset): Line[] {
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const lines: Line[] = [];
  for (const e of data.events) {
    const at = `events › ${e.id}`;
    lines.push({ where: `${at} › title`, text: e.title, kind: 'title', events: [e] });
    lines.push({ where: `${at} › summary`, text: e.summary, kind: 'summary', events: [e] });
    e.sources.forEach((s, i) => s.dateBasis && lines.push({ where: `${at} › sources[${i}].dateBasis`, text: s.dateBasis, kind: 'date-note', events: [e] }));
    e.disputes?.forEach((d, i) =>
      d.positions.forEach((p, j) => lines.push({ where: `${at} › disputes[${i}].positions[${j}].statement`, text: p.statement, kind: 'statement', events: [e] })),
    );
  }
  for (const s of data.stories ?? []) {
    const events = s.steps.flatMap((step) => byId.get(step.event) ?? []);
    lines.push({ where: `stories › ${s.id} › summary`, text: s.summary, kind: 'summary', events });
    s.steps.forEach((step, i) => {
      const event = byId.get(step.event);
      if (event) lines.push({ where: `stories › ${s.id} › steps[${i}].note`, text: step.note, kind: 'note', events: [event] });
    });
  }
  for (const a of data.actors) {
    const events = data.events.filter((e) => e.actors.includes(a.id));
    lines.push({ where: `actors › ${a.id} › description`, text: a.description, kind: 'description', events });
  }
  return lines;
}

/** Every line of the dataset that says more than its articles, by rule. */
export function lintWording(data: Dataset): WordingProblem[] {
  const ctx: Context = { articles: new Map(data.articles.map((a) => [a.id, a])) };
  const problems: WordingProblem[] = [];
  for (const line of linesOf(data)) {
    for (const [rule, check] of Object.entries(RULES)) {
      const message = check(line, ctx);
      if (message) problems.push({ rule, where: line.where, message });
    }
  }
  return problems;
}
