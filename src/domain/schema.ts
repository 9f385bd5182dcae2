import { z } from 'zod';
import { rulesFromSchema, type Rule } from './accept-rules';
import { isHttpUrl } from './http-url';

/**
 * The dataset contract. This is the only place the shape of
 * `public/data/timeline.json` is written down: the TypeScript types below,
 * the published `timeline.schema.json` and the fast checker's rules
 * (`dataset-rules.json`) are all derived from it.
 *
 * Structural rules live here; rules that need the whole document (unique ids,
 * references, verbatim quotes, date order) live in `load-dataset.ts`.
 */

// The app runs under a CSP without 'unsafe-eval'. Zod would probe `new Function`
// to decide whether to compile parsers, which the browser blocks and reports as a
// violation; tell it up front not to.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

/** Limits keep a hostile or broken file from freezing the page. */
export const LIMITS = {
  shortText: 300,
  longText: 5_000,
  paragraph: 20_000,
  paragraphs: 2_000,
  events: 200_000,
  actors: 5_000,
  articles: 5_000,
  stories: 500,
  steps: 200,
} as const;

const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "internet-cut-off"');

const shortText = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);
const longText = z.string().trim().min(1, 'must not be empty').max(LIMITS.longText);

/** EDTF is checked for syntax in `integrity.ts`; here only its outer shape. */
const edtfString = z
  .string()
  .min(4)
  .max(64)
  .describe('An EDTF date (levels 0 and 1): 2016-10-16, 2016-10, 2012, 2016-09/2017-07, 2018-11~, 2018?');

// A named function, so the fast checker's rules can refer to it (accept-rules.ts).
const httpUrl = z.string().max(2_000).refine(isHttpUrl, 'must be an http(s) URL');

const isoDay = z.iso.date({ message: 'must be a calendar date like 2016-10-18' });

export const articleSchema = z.strictObject({
  id: slug,
  file: z.string().max(200).optional().describe('Name of the source text the paragraphs were taken from'),
  title: shortText,
  outlet: shortText,
  url: httpUrl,
  published: isoDay,
  publishedNote: longText.optional().describe('Why the publication date is approximate, where it is'),
  byline: z.array(shortText).max(50).optional(),
  // Optional because newsrooms can rarely ship an article's text: without it a
  // quote cannot be checked, which the loader reports and the app labels.
  paragraphs: z
    .array(z.string().min(1).max(LIMITS.paragraph))
    .min(1)
    .max(LIMITS.paragraphs)
    .optional()
    .describe("The article's text, one entry per paragraph, unchanged from the original but without the page around it (menus, share buttons, image captions). Without it, quotes from this article are not checked"),
  captions: z
    .array(
      z.strictObject({
        before: z.number().int().min(0).max(LIMITS.paragraphs).describe('Index of the paragraph the caption stands before'),
        text: longText,
      }),
    )
    .max(200)
    .optional()
    .describe("The article's image captions, shown as captions beside its paragraphs; quotes are not looked for in them"),
});

/**
 * A change of meaning made after publication, said in the open: what the line
 * said before and what the sources say. A typo fixed is not a correction.
 */
export const correctionSchema = z.strictObject({
  date: isoDay.describe('The day the line was corrected'),
  text: longText.describe('What an earlier version said, and what the sources say instead'),
});

const corrections = z.array(correctionSchema).max(100).optional().describe('Corrections to this entry, oldest first');

export const ACTOR_KINDS = ['person', 'organization', 'government', 'agency', 'legislature', 'media'] as const;

export const actorSchema = z.strictObject({
  id: slug,
  name: shortText,
  kind: z.enum(ACTOR_KINDS),
  description: longText,
  corrections,
});

export const tagSchema = z.strictObject({
  id: slug,
  label: shortText,
  description: longText,
});

export const sourceRefSchema = z.strictObject({
  article: slug.describe('Id of an article in `articles`'),
  quote: z
    .string()
    .min(1)
    .max(LIMITS.longText)
    .describe('Verbatim from the article; " … " may join two verbatim parts'),
  dateBasis: longText.optional().describe('How a relative date in the quote was resolved'),
});

export const positionSchema = z.strictObject({
  stance: z.enum(['asserts', 'denies']),
  actor: slug.describe('Id of the actor who takes this position'),
  statement: longText,
  source: sourceRefSchema.omit({ dateBasis: true }),
});

export const disputeSchema = z.strictObject({
  question: longText,
  positions: z.array(positionSchema).min(2).max(50),
});

export const eventSchema = z.strictObject({
  id: slug.describe('Stable slug; it is the deep link'),
  title: shortText,
  summary: longText,
  date: edtfString,
  actors: z.array(slug).min(1).max(200),
  tags: z.array(slug).min(1).max(50),
  // May be empty, for timelines opened from files that cite nothing (TimelineJS);
  // the loader warns and the app says so. The bundled dataset sources every event.
  sources: z.array(sourceRefSchema).max(50),
  disputes: z.array(disputeSchema).max(20).optional(),
  corrections,
  // Issue 23: what a feed, a calendar and "New since your last visit" tell a reader changed.
  added: isoDay.optional().describe('The day this entry was first published in the timeline'),
  revised: isoDay.optional().describe('The day of its latest correction; it must be the date of the last entry in `corrections`'),
});

export const storyStepSchema = z.strictObject({
  event: slug.describe('Id of an event in `events`'),
  note: longText.describe('The editor’s words linking this step to the story; it adds no fact that is not in an event'),
});

export const storySchema = z.strictObject({
  id: slug.describe('Stable slug; it is the story’s link (`?story=<id>&step=1`)'),
  title: shortText,
  summary: longText,
  steps: z.array(storyStepSchema).min(1).max(LIMITS.steps),
  corrections,
});

export const datasetSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The language the titles, summaries and notes are written in; the site's interface speaks it too (issue 22). */
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en", "es" or "pt-BR" (BCP 47)')
    .optional()
    .describe('BCP 47 language tag of the texts (default "en"); the interface is shown in it where the site has that language'),
  title: shortText,
  description: longText,
  span: edtfString.describe('An EDTF interval that contains every event'),
  updated: isoDay.optional().describe('The day the dataset was last changed (the latest correction, at least)'),
  // May be empty: a timeline opened from a TimelineJS file cites no articles.
  articles: z.array(articleSchema).max(LIMITS.articles),
  tags: z.array(tagSchema).min(1).max(500),
  actors: z.array(actorSchema).min(1).max(LIMITS.actors),
  events: z.array(eventSchema).min(1).max(LIMITS.events),
  // Optional: guided readings through the events. Imported files (CSV, TimelineJS) have none.
  stories: z.array(storySchema).max(LIMITS.stories).optional(),
});

/**
 * The file with its events and stories left unread: the loader checks those
 * one by one, so one bad event or story cannot sink the file.
 */
export const datasetEnvelopeSchema = datasetSchema.extend({
  events: z.array(z.unknown()).min(1, 'must list at least one event').max(LIMITS.events),
  stories: z.array(z.unknown()).max(LIMITS.stories).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export type Tag = z.infer<typeof tagSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Position = z.infer<typeof positionSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Correction = z.infer<typeof correctionSchema>;

/** The published JSON Schema, generated from the zod schema above. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'timeline.schema.json',
    title: 'Timeline dataset',
  };
}

/**
 * The fast checker's rules (accept-rules.ts) for one event, one story and for
 * the file around them. `npm run schema` writes them to `dataset-rules.json`,
 * which the app reads instead of loading zod.
 */
export function datasetRules(): { event: Rule; story: Rule; envelope: Rule } {
  return { event: rulesFromSchema(eventSchema), story: rulesFromSchema(storySchema), envelope: rulesFromSchema(datasetEnvelopeSchema) };
}
