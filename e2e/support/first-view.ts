import type { Page } from '@playwright/test';

/** One drawn event on the desktop timeline, measured in the page. */
export interface DrawnItem {
  eventId: string;
  /** Wholly inside the part of the items' panel that is on screen. */
  inSight: boolean;
  /** The title's box lies within the frame's left and right edges, and is not shortened. */
  titleWhole: boolean;
  /** Shortened with an ellipsis: then its tooltip holds the full title. */
  shortened: boolean;
  tooltip: string | null;
  title: string;
  /** Where the mark sits: a dot's centre, a bar's left edge; null when it starts before the frame. */
  markX: number | null;
  /** Where the axis puts the item's start, through its year labels; null when it cannot tell. */
  axisX: number | null;
  /** Where the widget's own conversion (the item's `toScreen`) puts the item's start, from the item set's left edge. */
  widgetX: number | null;
}

/**
 * Measures every drawn item against the frame's visible box, and its mark
 * against the axis: the axis's minor labels each start exactly at their
 * period's start (vis-timeline translates them there), so two year labels
 * give the axis's own time-to-pixel scale; the widget's own conversion is
 * read from the item too. `starts` maps event ids to their
 * start (UTC ms), computed from the dataset by the caller.
 */
export function measureItems(page: Page, starts: Record<string, number>): Promise<DrawnItem[]> {
  return page.evaluate((startOf) => {
    const frame = document.querySelector('.timeline-frame')!;
    const edges = frame.getBoundingClientRect();
    const panel = frame.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const band = { top: Math.max(panel.top, 0), bottom: Math.min(panel.bottom, window.innerHeight) };
    const years = [...frame.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-minor')]
      .filter((label) => /^\d{4}$/.test(label.textContent ?? ''))
      .map((label) => ({ time: Date.UTC(Number(label.textContent), 0, 1), x: label.getBoundingClientRect().left }));
    const first = years[0];
    const last = years[years.length - 1];
    const toScreen = first && last && last.time > first.time ? (time: number) => first.x + ((time - first.time) * (last.x - first.x)) / (last.time - first.time) : null;
    const itemSet = frame.querySelector('.vis-itemset')!.getBoundingClientRect();
    type Drawn = HTMLElement & { 'vis-item'?: { conversion: { toScreen: (time: Date) => number } } };
    return [...frame.querySelectorAll<Drawn>('.vis-item.tl-item:not(.vis-dot)')].map((item) => {
      const content = item.querySelector<HTMLElement>('.tl-item-content')!;
      const titleElement = content.querySelector<HTMLElement>('.tl-item-title')!;
      const eventId = content.dataset.eventId!;
      const box = item.getBoundingClientRect();
      const title = titleElement.getBoundingClientRect();
      const shortened = titleElement.scrollWidth > titleElement.clientWidth + 1;
      const isPoint = item.classList.contains('vis-point');
      const dot = isPoint ? item.querySelector('.vis-dot')!.getBoundingClientRect() : null;
      const markX = dot ? (dot.left + dot.right) / 2 : box.left > panel.left + 1 ? box.left : null;
      return {
        eventId,
        inSight: box.top >= band.top - 0.5 && box.bottom <= band.bottom + 0.5,
        titleWhole: title.left >= edges.left - 0.5 && title.right <= edges.right + 0.5 && !shortened,
        shortened,
        tooltip: content.getAttribute('title'),
        title: titleElement.textContent ?? '',
        markX,
        axisX: toScreen && startOf[eventId] !== undefined ? toScreen(startOf[eventId]) : null,
        // vis-timeline keeps each item on its element: its conversion is the one the widget draws with.
        widgetX: item['vis-item'] && startOf[eventId] !== undefined ? itemSet.left + item['vis-item'].conversion.toScreen(new Date(startOf[eventId])) : null,
      };
    });
  }, starts);
}

/** The number in a cue button's name ("22 more events below"), 0 when there is no such button. */
export async function cueCount(page: Page, where: 'above' | 'below'): Promise<number> {
  const button = page.getByRole('button', { name: new RegExp(`^[\\d,]+ more events? ${where}$`) });
  // Read at once, never waited for: textContent() on a button that went between count() and the read
  // (the last step up takes the "above" cue away) waits for it to come back, past any poll's timeout.
  const [text] = await button.allTextContents();
  return text === undefined ? 0 : Number(text.replace(/[^\d]/g, ''));
}
