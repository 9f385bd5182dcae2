import type { Bins } from './month-bins';
import type { Domain } from './brush-math';

/**
 * Paints the bins as stacked bars on a canvas. Runs when the bins, the size
 * or the theme change, never during a drag: the brush is a separate element.
 * Colours come from the same CSS custom properties as the rest of the app.
 * Right to left, the picture is mirrored: the earliest month on the right.
 */
export function drawBins(canvas: HTMLCanvasElement, bins: Bins, domain: Domain, rtl = false): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(rtl ? -ratio : ratio, 0, 0, ratio, rtl ? width * ratio : 0, 0);
  context.clearRect(0, 0, width, height);
  if (bins.max === 0) return;
  const style = getComputedStyle(canvas);
  const colours = Array.from({ length: bins.slots }, (_, slot) => style.getPropertyValue(`--tag-${slot}`).trim() || '#888');
  const x = (time: number) => ((time - domain.start) / (domain.end - domain.start)) * width;
  const count = bins.edges.length - 1;
  // A square root keeps a lone event visible beside a busy month.
  const scale = (height - 1) / Math.sqrt(bins.max);
  for (let bin = 0; bin < count; bin++) {
    const left = x(bins.edges[bin]!);
    const barWidth = Math.max(1, x(bins.edges[bin + 1]!) - left - (count < width / 3 ? 1 : 0));
    let total = 0;
    for (let slot = 0; slot < bins.slots; slot++) total += bins.counts[bin * bins.slots + slot]!;
    if (total === 0) continue;
    const barHeight = Math.max(2, Math.sqrt(total) * scale);
    let y = height;
    for (let slot = 0; slot < bins.slots; slot++) {
      const n = bins.counts[bin * bins.slots + slot]!;
      if (n === 0) continue;
      const h = (n / total) * barHeight;
      context.fillStyle = colours[slot]!;
      context.fillRect(left, y - h, barWidth, h);
      y -= h;
    }
  }
}

/** The busiest bin, for the canvas's text alternative. */
export function busiest(bins: Bins): { start: number; total: number } | null {
  let best = -1;
  let bestTotal = 0;
  for (let bin = 0; bin < bins.edges.length - 1; bin++) {
    let total = 0;
    for (let slot = 0; slot < bins.slots; slot++) total += bins.counts[bin * bins.slots + slot]!;
    if (total > bestTotal) {
      best = bin;
      bestTotal = total;
    }
  }
  return best < 0 ? null : { start: bins.edges[best]!, total: bestTotal };
}
