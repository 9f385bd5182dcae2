import { i18n } from '../../i18n/i18n';

/**
 * The HTML a newsroom pastes into an article to embed the timeline. Built as
 * text, so everything in it that comes from data or the address (the title,
 * the URLs) is escaped for an attribute value.
 */

/** The frame's height without embed.js: the embed's content at desktop widths, so nothing scrolls. */
export const EMBED_HEIGHT = 650;

export interface SnippetInput {
  /** Absolute URL of the embed, view included: `https://…/embed/?event=…`. */
  src: string;
  /** Absolute URL of embed.js, or null for the iframe alone. */
  script: string | null;
  /** Names the frame for screen readers: the timeline's title. */
  title: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const attribute = (text: string) => text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);

export function embedSnippet({ src, script, title }: SnippetInput): string {
  const frame =
    `<iframe src="${attribute(src)}" title="${attribute(i18n._('Interactive timeline: {title}', { title }))}" ` +
    `width="100%" height="${EMBED_HEIGHT}" style="border: 0" loading="lazy" allow="clipboard-write"></iframe>`;
  return script ? `${frame}\n<script src="${attribute(script)}" async></script>` : frame;
}
