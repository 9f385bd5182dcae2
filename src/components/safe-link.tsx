import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { safeHref } from '../lib/safe-url';

/**
 * An outbound link that opens only http(s) URLs, in a new tab without giving
 * the new page a handle on this one. Anything else renders as plain text.
 */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const i18n = useI18n();
  const url = safeHref(href);
  if (!url) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {i18n._('(opens in a new tab)')}</span>
    </a>
  );
}
