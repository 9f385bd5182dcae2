/** True when a key press belongs to a field or a dialog, not to the page's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.('input, textarea, select, [contenteditable="true"], dialog');
}

/** A key press with a modifier is the browser's or the system's, never a page shortcut. */
export function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}
