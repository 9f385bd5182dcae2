import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CSSProperties, ReactNode } from 'react';
import { i18n } from '../../src/i18n/i18n';

/**
 * Preview cards (Open Graph / Twitter images), 1200×630 PNG, rendered at build
 * time: satori lays the card out as SVG, resvg rasterises it. Text goes in as
 * strings and comes out as glyph outlines, so nothing in the data can become
 * markup. Sizes are chosen for a chat thumbnail about 400 px wide: the title
 * stays above 20 px there. The card's own words are the interface's, in the
 * locale active when it is drawn (the dataset's, issue 22); the event's and
 * actor's texts stay as written.
 */

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/** The app's light theme (src/app/styles.css). */
const COLOURS = { bg: '#ffffff', surface: '#f5f6f8', text: '#1a1d21', muted: '#4a5260', accent: '#1f4e79', border: '#c9ced6', warnBg: '#fff4d6', warn: '#b98900' };
export const TAG_COLOURS = ['#1f77b4', '#c2410c', '#2e7d32', '#b3261e', '#6a3d9a', '#8c564b', '#ad1f82', '#4b5563', '#0f766e'];

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
// Inter, an open font (SIL OFL) shipped as an npm package: latin and latin-ext, regular and bold.
const FONTS = [
  { name: 'Inter', data: font('inter-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: font('inter-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
  { name: 'Inter', data: font('inter-latin-ext-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: font('inter-latin-ext-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];

export interface EventCard {
  kind: 'event';
  siteTitle: string;
  date: string;
  title: string;
  quote: string;
  outlet: string;
  moreSources: number;
  disputed: boolean;
  colour: string;
}

export interface ActorCard {
  kind: 'actor';
  siteTitle: string;
  /** "Person", "Agency", … */
  label: string;
  name: string;
  description: string;
  facts: string;
}

export interface HomeCard {
  kind: 'home';
  siteTitle: string;
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

function Frame({ colour, spread = false, children }: { colour: string; spread?: boolean; children: ReactNode }) {
  return (
    <div style={{ width: IMAGE_WIDTH, height: IMAGE_HEIGHT, display: 'flex', background: COLOURS.bg, fontFamily: 'Inter', color: COLOURS.text }}>
      <div style={{ width: 28, height: '100%', background: colour }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: spread ? 'space-between' : 'flex-start', padding: '52px 64px 48px 56px' }}>{children}</div>
    </div>
  );
}

/** One line: a long site title drops its trailing ", <period>" (the card's date says when), never cut mid-word. */
export function siteLineText(title: string): string {
  const cut = title.lastIndexOf(', ');
  return title.length > 52 && cut > 0 && /\d{4}/.test(title.slice(cut)) ? title.slice(0, cut) : title;
}

function SiteLine({ text }: { text: string }) {
  return <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.accent, letterSpacing: 0.2, whiteSpace: 'nowrap', overflow: 'hidden' }}>{siteLineText(text)}</div>;
}

/**
 * A wrapped text: at most `lines` lines, ending in "…" when it is longer, and
 * wrapped so its last line never holds a word alone (issue 20). (Satori's
 * balanced wrapping narrows a clamped text, and its "pretty" wrapping leaves
 * orphans, so the last two words are joined by a no-break space instead.)
 */
function Lines({ lines, size, width = TEXT_WIDTH, style, children }: { lines: number; size: number; width?: number | "auto"; style?: CSSProperties; children: string }) {
  return <div style={{ display: 'block', width, fontSize: size, lineHeight: 1.25, lineClamp: lines, ...style }}>{keepLastWordsTogether(children)}</div>;
}

/** The text with its last space made a no-break space: the last line then holds at least two words. */
export function keepLastWordsTogether(text: string): string {
  return text.replace(/ (?=\S+$)/u, '\u00a0');
}

/** A heading: balanced lines, at most `lines` of them (the data's titles are short enough to fit; see clipText in the site plan). */
function Heading({ lines, size: largest, style, children }: { lines: number; size: number; style?: CSSProperties; children: string }) {
  // Three words or fewer in two lines always leave one alone: such a heading is set on one line, if that keeps it legible.
  const size = children.split(/\s+/u).length <= 3 ? Math.max(Math.min(largest, oneLineSize(children)), 48) : largest;
  return <div style={{ width: TEXT_WIDTH, fontSize: size, fontWeight: 700, lineHeight: 1.1, maxHeight: lines * 1.1 * size + 2, overflow: 'hidden', textWrap: 'balance', ...style }}>{children}</div>;
}

function EventImage({ card }: { card: EventCard }) {
  return (
    <Frame colour={card.colour} spread>
      <SiteLine text={card.siteTitle} />
      {/* Centred between the site line and the outlet, so a short title and quote leave two small bands, not one large one. */}
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Lines lines={2} size={38} width="auto" style={{ maxWidth: card.disputed ? TEXT_WIDTH - 220 : TEXT_WIDTH, fontWeight: 700, color: COLOURS.muted }}>
            {card.date}
          </Lines>
          {card.disputed ? (
            <span style={{ marginLeft: 20, fontSize: MIN_TEXT, padding: '2px 16px', borderRadius: 999, background: COLOURS.warnBg, border: `2px solid ${COLOURS.warn}`, color: COLOURS.text }}>
              {i18n._('Disputed')}
            </span>
          ) : null}
        </div>
        <Heading lines={3} size={titleSize(card.title)} style={{ marginTop: 16 }}>
          {card.title}
        </Heading>
        <div style={{ display: 'flex', marginTop: 26, paddingLeft: 24, borderLeft: `6px solid ${COLOURS.accent}` }}>
          <Lines lines={quoteLines(card.title)} size={38} width={TEXT_WIDTH - 30} style={{ lineHeight: 1.3, color: COLOURS.muted }}>
            {`“${card.quote}”`}
          </Lines>
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: MIN_TEXT, fontWeight: 700 }}>
        <span>{card.outlet}</span>
        {card.moreSources > 0 ? (
          <span style={{ marginLeft: 12, fontWeight: 400, color: COLOURS.muted }}>
            {i18n._('{count, plural, one {and # more source} other {and # more sources}}', { count: card.moreSources })}
          </span>
        ) : null}
      </div>
    </Frame>
  );
}

function HomeImage({ card }: { card: HomeCard }) {
  return (
    <Frame colour={COLOURS.accent}>
      <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted }}>{i18n._('An interactive, source-grounded timeline')}</div>
      <Heading lines={3} size={72} style={{ marginTop: 24, color: COLOURS.accent }}>
        {card.siteTitle}
      </Heading>
      <Lines lines={3} size={MIN_TEXT} style={{ marginTop: 24, lineHeight: 1.3, color: COLOURS.text }}>
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
    <Frame colour={COLOURS.accent} spread>
      <SiteLine text={card.siteTitle} />
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted, textTransform: 'uppercase', letterSpacing: 1.5 }}>{card.label}</div>
        <Heading lines={2} size={76} style={{ marginTop: 10 }}>
          {card.name}
        </Heading>
      </div>
      <Lines lines={3} size={38} style={{ lineHeight: 1.3, color: COLOURS.muted }}>
        {card.description}
      </Lines>
      <Lines lines={2} size={MIN_TEXT} style={{ fontWeight: 700, color: COLOURS.text }}>
        {card.facts}
      </Lines>
    </Frame>
  );
}

export type PreviewCard = EventCard | ActorCard | HomeCard;

/**
 * The card as SVG. `embedFont: false` keeps each word as a <text> element with
 * its position and size instead of glyph outlines, which is how the tests read
 * the layout (preview-image.test.tsx); the published card embeds the font.
 */
export function previewSvg(card: PreviewCard, { embedFont = true } = {}): Promise<string> {
  const element = card.kind === 'event' ? <EventImage card={card} /> : card.kind === 'actor' ? <ActorImage card={card} /> : <HomeImage card={card} />;
  return satori(element, { width: IMAGE_WIDTH, height: IMAGE_HEIGHT, fonts: FONTS, embedFont });
}

/** The card's pixels (RGBA, IMAGE_WIDTH × IMAGE_HEIGHT), for the PNG and for the tests. */
export function rasterise(svg: string) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: IMAGE_WIDTH }, font: { loadSystemFonts: false } }).render();
}

export async function renderPreviewImage(card: PreviewCard): Promise<Buffer> {
  return rasterise(await previewSvg(card)).asPng();
}
