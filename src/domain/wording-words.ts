/** The word lists the wording lint (wording-lint.ts) reads lines with. */

/** A paragraph that reports someone's words rather than stating a fact. */
export const ATTRIBUTED = /\b(said|says|according to|told|claimed|claims|has claimed|reported|in a statement)\b/i;

/** A title that says who speaks: a verb of speech or report. */
export const SPEECH_VERBS =
  /\b(says?|said|calls?|denies|denied|reports?|reported|confirms?|warns?|asks?|suggests?|claims?|blames?|replies|tells?|told|criticises|seeks|urges?|argues?|declares?|examines?|questions?|praises?)\b/i;

/** Words that say something is less than certain. */
export const HEDGES = /\b(suggest\w*|appear\w*|apparent\w*|believed?|alleg\w*|plausible|reportedly|may|might|seem\w*)\b/i;

/** Hedges on a claim, as a sentence of an article makes them; each is followed by the claim it hedges. */
export const CLAIM_HEDGES = /\b(suggest(?:s|ed|ing)?|appears?|appeared|apparently|believed?|alleged(?:ly)?|plausible|reportedly)\b/i;

/** A question put to someone is not a claim made. */
export const ASKED = /\basked (?:by \w+ )?(?:whether|if)\b/i;

/** Officials as a line names them, to be found so named beside the quotes. */
export const OFFICIALS = /\b(?:U\.S\.|US|intelligence|administration|senior|former) officials\b/g;

/** "<two words> told NBC News": who told an outlet, as the line names them. */
export const TOLD = /((?:\S+\s+){2}told\s+(?:NBC|ABC|CNN|AP|reporters)(?: News)?)/g;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "16 October", a day of a month. */
export const DAY_MONTH = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** Verbs that turn a hedge into a fact. */
export const STRONG_VERBS = /\b(reveal\w*|prov(?:e|es|ed|ing)\b|expos\w*|establish\w*)/i;

/** What a date note may not rest on: files, the dataset, other reading. */
export const INTERNAL_BASIS = /\b[\w-]+\.(?:json|txt|csv|tsx?|md)\b|\bdataset\b|\bresearch\b|\bother coverage\b|\bper [\w.]+ notes\b|\bnotes\)|\bfiles?\b/i;

/** A source that gives no start or end. */
export const OPEN_ENDED = /\b(under way|has been \w+ing|in recent (?:weeks|months)|few (?:weeks|months)|ongoing)\b/i;

/** Counts that are spans of time, derived from the dates, or a story's own length. */
export const TIME_SPANS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?|steps)\b/gi;

/**
 * Characterising verbs, each with the words of the article that would
 * support it: a line may say "responds" where the article says "responded".
 */
export const CHARACTERISING: [RegExp, string[]][] = [
  [/\b(answers?|answered|responds?|responded|replies|replied|reacts?|reacted)\b/i, ['answer', 'respon', 'repl', 'react']],
  [/\b(warns?|warned)\b/i, ['warn']],
  [/\b(vows?|vowed)\b/i, ['vow']],
  [/\b(admits?|admitted)\b/i, ['admit']],
  [/\b(insists?|insisted)\b/i, ['insist']],
  [/\b(petitions?|petitioned)\b/i, ['petition']],
  [/\b(refus\w+)\b/i, ['refus']],
];

/**
 * Phrases the review of issue 19 found saying more than the articles. A
 * phrase is a problem only where no article uses it, so an article's own
 * words always pass.
 */
export const UNSOURCED_PHRASES = new RegExp(
  [
    'election[ -]day',
    'end(?:ed|s)? up with',
    'as a whole',
    'usual',
    'first reported',
    'campaign group',
    'investigating russian interference',
    'asks the campaign',
    'asks why',
    'seeking to play down',
    'commission on human rights',
    'be jailed',
  ].join('|'),
);

export const STOPWORDS = new Set(
  'the and for that with from this was were are has had have his her its their they them who which whom whose what when where while into onto over than then there these those been being also not but about after before against all any because can could did does each other such only own same some very just will would should may might said says say told'.split(' '),
);

/** A crude stem, enough to match "arresting" with "arrest" and "charges" with "charge". */
export function stem(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '') || word;
}
