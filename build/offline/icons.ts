import { Resvg } from '@resvg/resvg-js';
import type { Icon } from './manifest.ts';

/**
 * The app's icons for installing (issue 24), rasterised at build time by resvg,
 * as the preview cards are (build/images/preview-image.tsx): the favicon's mark,
 * drawn once here as SVG. A maskable icon keeps the mark inside the central
 * 80% "safe zone" and fills the rest, because launchers crop it to any shape.
 */

const ACCENT = '#1f4e79';
const MARK = '<path d="M6 16h20M10 11v10M17 9v14M23 12v8" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>';

function iconSvg(maskable: boolean): string {
  // A maskable icon is the mark at 60% of the square on a full-bleed background.
  const body = maskable
    ? `<rect width="32" height="32" fill="${ACCENT}"/><g transform="translate(6.4 6.4) scale(0.6)">${MARK}</g>`
    : `<rect width="32" height="32" rx="6" fill="${ACCENT}"/>${MARK}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${body}</svg>`;
}

export function renderIcon(icon: Icon): Buffer {
  return new Resvg(iconSvg(icon.purpose === 'maskable'), { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
}
