import type { AnchorHTMLAttributes, MouseEvent } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  /** Goes there inside the app; without it (a static page) the link is an ordinary link. */
  onNavigate?: (() => void) | undefined;
};

/**
 * A link to a page of this site that the running app opens in place, with
 * history kept by the URL sync. A click with a modifier or another button
 * (new tab, new window) is left to the browser, and so is every click on a
 * page without the app.
 */
export function AppLink({ href, onNavigate, onClick, children, ...rest }: Props) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!onNavigate || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate();
  };
  return (
    <a href={href} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
