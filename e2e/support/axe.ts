import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// What a dark theme can break: it changes colours only, never the markup, names or roles.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Serious and critical axe violations, summarised so a failure says what and where.
 * Under a dark colour scheme only the colour rules run: every spec that checks the
 * dark theme checks the same page in the light theme with all the rules, and the
 * rest of axe's work (the tree, names, roles, landmarks) would only repeat itself.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const builder = new AxeBuilder({ page });
  if (dark) builder.withRules(COLOUR_RULES);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
