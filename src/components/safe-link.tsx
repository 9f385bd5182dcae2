import type { ReactNode } from 'react';
import { safeHref } from '../lib/safe-url';

/**
 * An outbound link that opens only http(s) URLs, in a new tab without giving
 * the new page a handle on this one. Anything else renders as plain text.
 */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const url = safeHref(href);
  if (!url) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
