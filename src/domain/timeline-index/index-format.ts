import type { EdtfDate } from '../edtf-direct';
import type { Actor, Article, Story, Tag } from '../schema';

/**
 * The timeline index: what the first view needs of a dataset (the timeline,
 * the overview, the filters and their counts, the stories), without the
 * summaries, sources, disputes and article texts that only an opened event,
 * a search or an export reads. Written beside the data file by the build
 * from the checked model (write-index.ts), read by the app before the data
 * file (read-index.ts), so a large timeline is drawn from a fraction of the
 * bytes and with none of the checks, which the build has already made.
 *
 * Columnar: one array per field, in the model's order (time order), so
 * `JSON.parse` makes a handful of long arrays instead of an object per event,
 * and nothing needs sorting.
 */
export const INDEX_FORMAT = 'timeline-index';
export const INDEX_VERSION = 1;

export interface TimelineIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  /** The data file this index was made from, so a reader can tell it has the matching pair. */
  data: { bytes: number; sha256: string };
  dataset: {
    /** The data file's schema version, which the data rules check. */
    schemaVersion: number;
    lang: string;
    title: string;
    description: string;
    span: string;
    updated?: string | undefined;
    /** Without their paragraphs and captions, which the article reader fetches with the data file. */
    articles: ArticleHead[];
    actors: Actor[];
    tags: Tag[];
    stories: Story[];
  };
  events: {
    id: string[];
    title: string[];
    /** EDTF, as the data file writes it. */
    date: string[];
    /** Indexes into `dataset.actors` and `dataset.tags`. */
    actors: number[][];
    tags: number[][];
    /** 1 when the event carries a dispute. */
    disputed: (0 | 1)[];
    added: (string | null)[];
    revised: (string | null)[];
  };
  /**
   * The dates the app's own reader leaves to the `edtf` package (seasons,
   * unusual intervals), read by the build: the first view never loads that
   * package. Keyed by the date as written; plain dates are not listed.
   */
  dates: Record<string, EdtfDate>;
}

export type ArticleHead = Omit<Article, 'paragraphs' | 'captions'>;

/** Where the index of a data file is: `timeline.json` → `timeline.index.json`. */
export function indexUrlOf(dataUrl: string): string {
  return dataUrl.replace(/(\.json)?(?=$|[?#])/, '.index.json');
}
