/** The Lighthouse part of RESULTS.md. */
import type { LighthousePage } from './lighthouse';

const ms = (value: number | undefined) => (value === undefined ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const score = (value: number | undefined) => (value === undefined ? '—' : String(Math.round(value)));

export function lighthouseSection(pages: readonly LighthousePage[]): string[] {
  const runs = Math.max(0, ...pages.map((p) => p.runs));
  const lines = [
    '## Lighthouse (mobile)',
    '',
    `Lighthouse's mobile defaults (a phone-sized screen, simulated slow 4G, 4× CPU slowdown) on the built pages as \`npm run preview\` serves them; medians of ${runs} run${runs === 1 ? '' : 's'} per page. Scores out of 100.`,
    '',
    '| page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | total blocking time | CLS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const page of pages) {
    const name = `${page.label} (\`${page.path}\`)`;
    if (page.missing) {
      lines.push(`| ${name} | ${page.missing} | | | | | | | |`);
      continue;
    }
    const { scores: s, timings: t } = page;
    lines.push(
      `| ${name} | ${score(s.performance)} | ${score(s.accessibility)} | ${score(s['best-practices'])} | ${score(s.seo)} | ${ms(t.fcp)} | ${ms(t.lcp)} | ${ms(t.tbt)} | ${t.cls === undefined ? '—' : t.cls.toFixed(3)} |`,
    );
  }
  lines.push('');
  const flagged = pages.filter((p) => p.flagged.length);
  if (flagged.length) {
    lines.push('Flagged in accessibility, best practices or SEO:', '');
    for (const page of flagged) lines.push(`- ${page.label}: ${page.flagged.join('; ')}`);
    lines.push('');
  }
  return lines;
}
