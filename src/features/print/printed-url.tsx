import { safeHref } from '../../lib/safe-url';

/**
 * A source's address written out in full, since paper cannot be clicked: the
 * link's text is the URL itself. Only http(s) becomes a link (for a PDF);
 * anything else is printed as plain text, never followed.
 */
export function PrintedUrl({ href }: { href: string }) {
  const url = safeHref(href);
  if (!url) return <span className="print-url">{href}</span>;
  return (
    <a className="print-url" href={url}>
      {url}
    </a>
  );
}
