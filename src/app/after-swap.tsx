import { useLayoutEffect } from 'react';

/**
 * Placed last in the root, its layout effect runs once the explorer has
 * replaced the static page, after the rest of the tree's: the moment to carry
 * over what the static page held (the reader's focus, see keep-focus.ts).
 */
export function AfterSwap({ run }: { run: () => void }) {
  useLayoutEffect(() => run(), [run]);
  return null;
}
