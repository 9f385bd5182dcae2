import { BACKGROUND_FETCHES } from '../../src/lib/background-fetches';

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
}

export function fillTemplate(template: string, { head, body, app }: Filling): string {
  if (!template.includes(ROOT)) throw new Error('the built index.html has no empty <div id="root"></div> to fill');
  if (!template.includes('</head>')) throw new Error('the built index.html has no </head>');
  let html = template
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
