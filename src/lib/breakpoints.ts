/**
 * Phones and narrow windows: the vertical timeline, sheets instead of side
 * panels. Matches the CSS breakpoint. In a module of its own (no React) so the
 * page's tiny entry and the build can read it too.
 */
export const NARROW_SCREEN = '(max-width: 720px)';
