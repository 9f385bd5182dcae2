import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ReactNode } from 'react';

/**
 * Preview cards (Open Graph / Twitter images), 1200×630 PNG, rendered at build
 * time: satori lays the card out as SVG, resvg rasterises it. Text goes in as
 * strings and comes out as glyph outlines, so nothing in the data can become
 * markup. Sizes are chosen for a chat thumbnail about 400 px wide: the title
 * stays above 20 px there.
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
const titleSize = (title: string) => (title.length <= 32 ? 84 : title.length <= 64 ? 70 : 60);
const quoteLines = (title: string) => (title.length <= 32 ? 3 : 2);

function Frame({ colour, children }: { colour: string; children: ReactNode }) {
  return (
    <div style={{ width: IMAGE_WIDTH, height: IMAGE_HEIGHT, display: 'flex', background: COLOURS.bg, fontFamily: 'Inter', color: COLOURS.text }}>
      <div style={{ width: 28, height: '100%', background: colour }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: '52px 64px 48px 56px' }}>{children}</div>
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

function EventImage({ card }: { card: EventCard }) {
  return (
    <Frame colour={card.colour}>
      <SiteLine text={card.siteTitle} />
      <div style={{ display: 'flex', alignItems: 'center', marginTop: 26, fontSize: 40, fontWeight: 700, color: COLOURS.muted }}>
        <span>{card.date}</span>
        {card.disputed ? (
          <span style={{ marginLeft: 20, fontSize: MIN_TEXT, padding: '2px 16px', borderRadius: 999, background: COLOURS.warnBg, border: `2px solid ${COLOURS.warn}`, color: COLOURS.text }}>
            Disputed
          </span>
        ) : null}
      </div>
      <div style={{ marginTop: 16, width: TEXT_WIDTH, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1, maxHeight: 3 * 1.1 * titleSize(card.title) + 2, overflow: 'hidden', textWrap: 'balance' }}>{card.title}</div>
      <div style={{ display: 'flex', marginTop: 26, paddingLeft: 24, borderLeft: `6px solid ${COLOURS.accent}`, fontSize: 38, lineHeight: 1.3, color: COLOURS.muted, maxHeight: quoteLines(card.title) * 1.3 * 38 + 2, overflow: 'hidden' }}>
        {`“${card.quote}”`}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', fontSize: MIN_TEXT, fontWeight: 700 }}>
        <span>{card.outlet}</span>
        {card.moreSources > 0 ? <span style={{ marginLeft: 12, fontWeight: 400, color: COLOURS.muted }}>{`and ${card.moreSources} more source${card.moreSources > 1 ? 's' : ''}`}</span> : null}
      </div>
    </Frame>
  );
}

function HomeImage({ card }: { card: HomeCard }) {
  return (
    <Frame colour={COLOURS.accent}>
      <div style={{ fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted }}>An interactive, source-grounded timeline</div>
      <div style={{ marginTop: 24, fontSize: 72, fontWeight: 700, lineHeight: 1.1, color: COLOURS.accent, maxHeight: 245, overflow: 'hidden', width: TEXT_WIDTH, textWrap: 'balance' }}>{card.siteTitle}</div>
      <div style={{ marginTop: 24, fontSize: MIN_TEXT, lineHeight: 1.3, color: COLOURS.text, maxHeight: 141, overflow: 'hidden' }}>{card.description}</div>
      <div style={{ marginTop: 'auto', fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted }}>{card.facts}</div>
    </Frame>
  );
}

function ActorImage({ card }: { card: ActorCard }) {
  return (
    <Frame colour={COLOURS.accent}>
      <SiteLine text={card.siteTitle} />
      <div style={{ marginTop: 26, fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.muted, textTransform: 'uppercase', letterSpacing: 1.5 }}>{card.label}</div>
      <div style={{ marginTop: 10, fontSize: 76, fontWeight: 700, lineHeight: 1.1, maxHeight: 170, overflow: 'hidden', width: TEXT_WIDTH, textWrap: 'balance' }}>{card.name}</div>
      <div style={{ marginTop: 20, fontSize: 38, lineHeight: 1.3, color: COLOURS.muted, maxHeight: 148, overflow: 'hidden' }}>{card.description}</div>
      <div style={{ marginTop: 'auto', fontSize: MIN_TEXT, fontWeight: 700, color: COLOURS.text }}>{card.facts}</div>
    </Frame>
  );
}

export type PreviewCard = EventCard | ActorCard | HomeCard;

export async function renderPreviewImage(card: PreviewCard): Promise<Buffer> {
  const element = card.kind === 'event' ? <EventImage card={card} /> : card.kind === 'actor' ? <ActorImage card={card} /> : <HomeImage card={card} />;
  const svg = await satori(element, { width: IMAGE_WIDTH, height: IMAGE_HEIGHT, fonts: FONTS });
  return new Resvg(svg, { fitTo: { mode: 'width', value: IMAGE_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
