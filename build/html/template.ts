import { BACKGROUND_FETCHES } from '../../src/lib/background-fetches';
import type { SiteLanguage } from '../site/site-language';
import { escapeHtml } from './escape';

/**
 * Pages are made from the `index.html` Vite built, so they carry the same
 * hashed script and stylesheet, the CSP meta tag and the data preload.
 */

const ROOT = '<div id="root"></div>';

export interface Filling {
  head: string;
  body: string;
  /** False for pages that need no app (the not-found page): its script and data preload are dropped. */
  app: boolean;
  /** The `<html lang dir>` of the dataset's language: the page is written in it. */
  language: Pick<SiteLanguage, 'tag' | 'dir'>;
}

/** The template's `<html>` with its lang and dir replaced by the page's (any other attribute stays). */
function htmlTag(tag: string, { tag: lang, dir }: Filling['language']): string {
  const others = tag.slice('<html'.length, -1).replace(/\s+(?:lang|dir)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  return `<html lang="${escapeHtml(lang)}" dir="${dir}"${others}>`;
}

export function fillTemplate(template: string, { head, body, app, language }: Filling): string {
  if (!template.includes(ROOT)) throw new Error('the built index.html has no empty <div id="root"></div> to fill');
  if (!template.includes('</head>')) throw new Error('the built index.html has no </head>');
  if (!/<html[\s>]/i.test(template)) throw new Error('the built index.html has no <html> to give the language');
  let html = template
    .replace(/<html(?:\s[^>]*)?>/i, (tag) => htmlTag(tag, language))
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  if (!app) {
    html = html
      .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
      .replace(new RegExp(`\\s*<!--[^>]*-->\\s*<template id="${BACKGROUND_FETCHES}">[\\s\\S]*?</template>`, 'g'), '')
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      .replace(/\s*<!--[^>]*-->\s*<link rel="preload"[^>]*>/g, '')
      .replace(/\s*<link rel="preload"[^>]*>/g, '');
  }
  // Functions as replacements, so `$&` and friends in the content stay literal.
  return html.replace('</head>', () => `${head}\n  </head>`).replace(ROOT, () => `<div id="root">${body}</div>`);
}
