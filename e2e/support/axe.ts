import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// What a dark theme can break: it changes colours only, never the markup, names or roles.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * An axe run over the page in its own frame. Legacy mode runs axe where the page is:
 * the default opens a second, blank page to merge the frames' results, which costs
 * about two seconds a run on a two-core machine and finds nothing more here (the
 * only frames are the embed's, same-origin, which legacy mode reaches by postMessage).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/**
 * Serious and critical axe violations, summarised so a failure says what and where.
 * Under a dark colour scheme only the colour rules run: every spec that checks the
 * dark theme checks the same page in the light theme with all the rules, and the
 * rest of axe's work (the tree, names, roles, landmarks) would only repeat itself.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const builder = axe(page);
  if (dark) builder.withRules(COLOUR_RULES);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
