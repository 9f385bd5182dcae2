// Which lines of a scraped article are the article, which are image captions,
// and which are the page around it (browser notices, share buttons, repeated
// headlines and credits). The seed texts stay exactly as they were saved; this
// list decides what the reader shows as the article. Every rule names what it
// removes, and article-furniture.test.ts holds each one to a line it must drop
// and a line of real text it must keep.

export interface LineRule {
  name: string;
  test: (line: string) => boolean;
}
export interface Caption {
  before: number;
  text: string;
}

/** Lines that are the outlet's page, not its reporting: dropped wherever they are. */
export const FURNITURE: LineRule[] = [
  { name: 'browser notice', test: (line) => /^IE 11 is not supported\b/.test(line) },
  { name: 'site navigation', test: (line) => /^(Find Us|Accessibility links|Breaking News)$/.test(line) },
  { name: 'share buttons', test: (line) => /^Share this article(Comments|Close Button)?$/.test(line) },
  { name: 'image placeholder', test: (line) => /^•?\s*\d+x\d+ Image$/.test(line) },
  { name: 'image label', test: (line) => /^Image: /.test(line) },
  { name: 'related links heading', test: (line) => /^read more:$/i.test(line) },
  { name: "broadcaster's self-description", test: (line) => /^RFE\/RL journalists report the news\b/.test(line) },
];

/** Photo captions: shown as captions, not as paragraphs, and not searched for quotes. */
export const CAPTIONS: LineRule[] = [
  { name: 'AP photo credit', test: (line) => /\((AP Photo|AP)\b[^)]*\)$/.test(line) },
  { name: 'picture credit', test: (line) => /\bPicture by: /.test(line) },
  { name: 'agency credit run on', test: (line) => /\.[A-Z][\w .-]+ \/ (AP|AFP|Reuters|EPA)$/.test(line) },
  { name: 'copyright credit', test: (line) => /\bCopyright [\w .-]+ (EPA|AP|AFP|Reuters)( file)?$/.test(line) },
];

const normal = (text: string) => text.replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Splits an article's non-empty lines into its paragraphs and its captions.
 * Besides the lists above, three rules need the article around the line:
 * the headline repeated (the reader's header shows it), the byline line (the
 * header shows the names), and a line repeating the one before it, or only
 * its end (a credit printed twice).
 */
export function separateFurniture(lines: readonly string[], { title, byline = [] }: { title: string; byline?: readonly string[] }) {
  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  const dropped: { line: string; rule: string }[] = [];
  let previous = '';
  for (const raw of lines) {
    // Scraped text keeps no-break spaces ("By\u00a0Ken"); the rules read words, not spacing.
    const line = raw.replace(/\s+/g, ' ').trim();
    const rule = whyDropped(line, previous, title, byline);
    previous = line;
    if (rule) {
      dropped.push({ line, rule });
      continue;
    }
    if (CAPTIONS.some((c) => c.test(line))) captions.push({ before: paragraphs.length, text: raw.trim() });
    else paragraphs.push(raw);
  }
  return { paragraphs, captions, dropped };
}

function whyDropped(line: string, previous: string, title: string, byline: readonly string[]): string | null {
  const furniture = FURNITURE.find((f) => f.test(line));
  if (furniture) return furniture.name;
  if (normal(line) === normal(title)) return 'headline repeated';
  if (/^By /.test(line) && byline.length > 0 && byline.every((name) => line.includes(name))) return 'byline';
  if (previous && (line === previous || (line.length >= 12 && previous.endsWith(line)))) return 'repeated line';
  return null;
}
