import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CSSProperties, ReactNode } from 'react';
import { i18n } from '../../src/i18n/i18n';
import type { Direction } from '../../src/i18n/locales';
import { CARD_FONTS, FONT_FAMILY, keepLastWordsTogether, leading, readingWay, spaced } from './card-typography';

/**
 * Preview cards (Open Graph / Twitter images), 1200×630 PNG, rendered at build
 * time: satori lays the card out as SVG, resvg rasterises it. Text goes in as
 * strings and comes out as glyph outlines, so nothing in the data can become
 * markup. Sizes are chosen for a chat thumbnail about 400 px wide: the title
 * stays above 20 px there. The card's own words are the interface's, in the
 * locale active when it is drawn (the dataset's, issue 22); the event's and
 * actor's texts stay as written. A right-to-left dataset's card is laid out
 * from the right (its colour band too), each text block reading the way its
 * first letter does, as `dir="auto"` has it in the app; satori shapes the
 * script with HarfBuzz.
 */

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/** The app's light theme (src/app/styles.css). */
const COLOURS = { bg: '#ffffff', surface: '#f5f6f8', text: '#1a1d21', muted: '#4a5260', accent: '#1f4e79', border: '#c9ced6', warnBg: '#fff4d6', warn: '#b98900' };
export const TAG_COLOURS = ['#1f77b4', '#c2410c', '#2e7d32', '#b3261e', '#6a3d9a', '#8c564b', '#ad1f82', '#4b5563', '#0f766e'];

interface CardBase {
  siteTitle: string;
  /** The dataset's direction: a right-to-left card is laid out from the right. */
  dir: Direction;
}

export interface EventCard extends CardBase {
  kind: 'event';
  date: string;
  title: string;
  quote: string;
  outlet: string;
  moreSources: number;
  disputed: boolean;
  colour: string;
}

export interface ActorCard extends CardBase {
  kind: 'actor';
  /** "Person", "Agency", … */
  label: string;
  name: string;
  description: string;
  facts: string;
}

export interface HomeCard extends CardBase {
  kind: 'home';
  description: string;
  facts: string;
}

/**
 * The smallest text on a card, in its 1200 px pixels: a chat app shows the card
 * about 300 px wide, a quarter of that, where 36 px reads as 9 px (issue 20).
 */
const MIN_TEXT = 36;
/** The text column's width (the card less its colour band and padding); balanced wrapping needs it given. */
const TEXT_WIDTH = 1200 - 28 - 56 - 64;
/**
 * A short title is set larger and a long one smaller, and the quote takes the
 * lines the title leaves, so no card is mostly empty or overfull.
 */
const titleSize = (title: string) => (title.length <= 32 ? Math.max(Math.min(84, oneLineSize(title)), 48) : title.length <= 64 ? 70 : 60);
/** The size at which a short title fits on one line, so three words never wrap to leave one alone (Inter bold averages under 0.6 em a letter). */
const oneLineSize = (title: string) => Math.floor(TEXT_WIDTH / (0.6 * title.length));
const quoteLines = (title: string) => (title.length <= 32 ? 3 : 2);

function Frame({ dir, colour, spread = false, children }: { dir: Direction; colour: string; spread?: boolean; children: ReactNode }) {
  return (
    <div style={{ width: IMAGE_WIDTH, height: IMAGE_HEIGHT, display: 'flex', direction: dir, background: COLOURS.bg, fontFamily: FONT_FAMILY, color: COLOURS.text }}>
      <div style={{ width: 28, height: '100%', background: colour }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: spread ? 'space-between' : 'flex-start', paddingBlock: '52px 48px', paddingInline: '56px 64px' }}>{children}</div>
    </div>
  );
}

/** One line: a long site title drops its trailing ", <period>" (the card's date says when), never cut mid-word. */
export function siteLineText(title: string): string {
  const cut = title.lastIndexOf(', ');
  return title.length > 52 && cut > 0 && /\d{4}/.test(title.slice(cut)) ? title.slice(0, cut) : title;
}

function SiteLine({ text }: { text: string }) {
  return <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.accent, ...spaced(text, 0.2), whiteSpace: 'nowrap', overflow: 'hidden', ...readingWay(text) }}>{siteLineText(text)}</div>;
}

/**
 * A wrapped text: at most `lines` lines, ending in "…" when it is longer, and
 * wrapped so its last line never holds a word alone (issue 20). (Satori's
 * balanced wrapping narrows a clamped text, and its "pretty" wrapping leaves
 * orphans, so the last two words are joined by a no-break space instead.)
 */
function Lines({ lines, size, width = TEXT_WIDTH, spacing = 1.25, style, children }: { lines: number; size: number; width?: number | 'auto'; spacing?: number; style?: CSSProperties; children: string }) {
  return <div style={{ display: 'block', width, fontSize: size, lineHeight: leading(children, spacing), lineClamp: lines, ...readingWay(children), ...style }}>{keepLastWordsTogether(children)}</div>;
}

/** A heading: balanced lines, at most `lines` of them (the data's titles are short enough to fit; see clipText in the site plan). */
function Heading({ lines, size: largest, style, children }: { lines: number; size: number; style?: CSSProperties; children: string }) {
  // Three words or fewer in two lines always leave one alone: such a heading is set on one line, if that keeps it legible.
  const size = children.split(/\s+/u).length <= 3 ? Math.max(Math.min(largest, oneLineSize(children)), 48) : largest;
  const lineHeight = leading(children, 1.1);
  return <div style={{ width: TEXT_WIDTH, fontSize: size, fontWeight: 700, lineHeight, maxHeight: lines * lineHeight * size + 2, overflow: 'hidden', textWrap: 'balance', ...readingWay(children), ...style }}>{children}</div>;
}

function EventImage({ card }: { card: EventCard }) {
  const more = card.moreSources > 0 ? i18n._('{count, plural, one {and # more source} other {and # more sources}}', { count: card.moreSources }) : '';
  return (
    <Frame dir={card.dir} colour={card.colour} spread>
      <SiteLine text={card.siteTitle} />
      {/* Centred between the site line and the outlet, so a short title and quote leave two small bands, not one large one. */}
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Lines lines={2} size={38} width="auto" style={{ maxWidth: card.disputed ? TEXT_WIDTH - 220 : TEXT_WIDTH, fontWeight: 700, color: COLOURS.muted }}>
            {card.date}
          </Lines>
          {card.disputed ? (
            <span style={{ marginInlineStart: 20, fontSize: MIN_TEXT, padding: '2px 16px', borderRadius: 999, background: COLOURS.warnBg, border: `2px solid ${COLOURS.warn}`, color: COLOURS.text }}>
              {i18n._('Disputed')}
            </span>
          ) : null}
        </div>
        <Heading lines={3} size={titleSize(card.title)} style={{ marginTop: 16 }}>
          {card.title}
        </Heading>
        {/* The bar stands where the quote starts, so an English quote on an Arabic card has it on the left. */}
        <div style={{ display: 'flex', marginTop: 26, paddingInlineStart: 24, borderInlineStart: `6px solid ${COLOURS.accent}`, ...readingWay(card.quote) }}>
          <Lines lines={quoteLines(card.title)} size={38} width={TEXT_WIDTH - 30} spacing={1.3} style={{ color: COLOURS.muted }}>
            {`“${card.quote}”`}
          </Lines>
        </div>
      </div>
      {/* "NBC News and 2 more sources" is one phrase in the interface's language, and runs its way: an English
          interface around a Hebrew dataset still reads "Newstalk and 1 more source", not the reverse. */}
      <div style={{ display: 'flex', fontSize: MIN_TEXT, fontWeight: 700, ...(more ? readingWay(more) : {}) }}>
        {/* The outlet reads as it is written: “(Associated Press)” keeps its brackets in an Arabic card. */}
        <span style={readingWay(card.outlet)}>{card.outlet}</span>
        {more ? <span style={{ marginInlineStart: 12, fontWeight: 400, color: COLOURS.muted }}>{more}</span> : null}
      </div>
    </Frame>
  );
}

function HomeImage({ card }: { card: HomeCard }) {
  return (
    <Frame dir={card.dir} colour={COLOURS.accent}>
      <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted }}>{i18n._('An interactive, source-grounded timeline')}</div>
      <Heading lines={3} size={72} style={{ marginTop: 24, color: COLOURS.accent }}>
        {card.siteTitle}
      </Heading>
      <Lines lines={3} size={MIN_TEXT} spacing={1.3} style={{ marginTop: 24, color: COLOURS.text }}>
        {card.description}
      </Lines>
      <Lines lines={2} size={MIN_TEXT} style={{ marginTop: 'auto', fontWeight: 700, color: COLOURS.muted }}>
        {card.facts}
      </Lines>
    </Frame>
  );
}

/** An actor's card spreads its parts over the height, so a short name and description leave no empty band. */
function ActorImage({ card }: { card: ActorCard }) {
  return (
    <Frame dir={card.dir} colour={COLOURS.accent} spread>
      <SiteLine text={card.siteTitle} />
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted, textTransform: 'uppercase', ...spaced(card.label, 1.5) }}>{card.label}</div>
        <Heading lines={2} size={76} style={{ marginTop: 10 }}>
          {card.name}
        </Heading>
      </div>
      <Lines lines={3} size={38} spacing={1.3} style={{ color: COLOURS.muted }}>
        {card.description}
      </Lines>
      <Lines lines={2} size={MIN_TEXT} style={{ fontWeight: 700, color: COLOURS.text }}>
        {card.facts}
      </Lines>
    </Frame>
  );
}

export type PreviewCard = EventCard | ActorCard | HomeCard;

export interface CardOptions {
  /**
   * `false` keeps each word as a <text> element with its position and size
   * instead of glyph outlines, which is how the tests read the layout
   * (preview-image.test.tsx); the published card embeds the font.
   */
  embedFont?: boolean;
  /** Told of the letters no card font has (satori's guess at their languages, the letters), which the card cannot show. */
  onMissingLetters?: (languages: string, letters: string) => void;
}

export function previewSvg(card: PreviewCard, { embedFont = true, onMissingLetters }: CardOptions = {}): Promise<string> {
  const element = card.kind === 'event' ? <EventImage card={card} /> : card.kind === 'actor' ? <ActorImage card={card} /> : <HomeImage card={card} />;
  return satori(element, {
    width: IMAGE_WIDTH,
    height: IMAGE_HEIGHT,
    fonts: CARD_FONTS,
    embedFont,
    // Satori asks for a font for what none of CARD_FONTS covers; nothing is fetched at build time, so the caller is told instead.
    loadAdditionalAsset: async (languages, letters) => {
      onMissingLetters?.(languages, letters);
      return [];
    },
  });
}

/** The card's pixels (RGBA, IMAGE_WIDTH × IMAGE_HEIGHT), for the PNG and for the tests. */
export function rasterise(svg: string) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: IMAGE_WIDTH }, font: { loadSystemFonts: false } }).render();
}

export async function renderPreviewImage(card: PreviewCard, options: Pick<CardOptions, 'onMissingLetters'> = {}): Promise<Buffer> {
  return rasterise(await previewSvg(card, options)).asPng();
}
