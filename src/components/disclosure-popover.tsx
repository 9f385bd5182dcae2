import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { EDGE_MARGIN, shiftIntoView } from '../lib/fit-in-viewport';

/** Closes the panel; `refocus` puts focus back on the button (after an action inside removed the focused control). */
export type ClosePopover = (options?: { refocus?: boolean }) => void;

interface Props {
  /** The button's text, and the panel's accessible name. */
  label: string;
  /** Shown on the button after the label, such as how many filters are set. */
  badge?: ReactNode;
  /** A class for the label's own span, so a narrow screen can keep it for screen readers only. */
  labelClassName?: string;
  /** Extra classes: on the root, the button, the panel. */
  className?: string;
  buttonClassName?: string;
  panelClassName?: string;
  /** A panel of links is a navigation landmark; one of controls or actions, a group. */
  panelRole?: 'group' | 'navigation';
  children: ReactNode | ((close: ClosePopover) => ReactNode);
}

/**
 * The one menu pattern of the app (Stories, Export, Actors, Tags, Dates): a
 * disclosure button (aria-expanded, aria-controls) and the panel after it in
 * the tab order. Not an ARIA menu: the panels hold checkboxes, inputs, links
 * and buttons with hints, which a menu's arrow-key model would hide from Tab
 * and from screen readers' reading keys. Enter or Space opens; Escape closes
 * and returns focus to the button; a click elsewhere, or Tab past the panel,
 * closes it. The panel is measured when it opens and on resize, and moved or
 * capped so that it lies wholly on screen at any width.
 */
export function DisclosurePopover({ label, badge, labelClassName, className, buttonClassName, panelClassName, panelRole = 'group', children }: Props) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const panelId = useId();

  const buttonId = `${panelId}-button`;
  // Found by id, not through the ref: the panel's content calls this, and a ref handed to render code is a lint error.
  const close = useCallback<ClosePopover>(
    (options) => {
      setOpen(false);
      if (options?.refocus) document.getElementById(buttonId)?.focus();
    },
    [buttonId],
  );

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // Before paint, so a panel never flashes off screen.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const place = () => placeInViewport(panel);
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);

  const Panel = panelRole === 'navigation' ? 'nav' : 'div';
  return (
    <div
      className={`disclosure-popover${className ? ` ${className}` : ''}`}
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Handled here: neither the event panel's Escape nor a surrounding dialog's should also fire.
        e.stopPropagation();
        e.preventDefault();
        close({ refocus: true });
      }}
      onBlur={(e) => {
        // Tab past the panel closes it; a click on nothing focusable (no relatedTarget) is the pointer handler's.
        if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        id={buttonId}
        type="button"
        className={`disclosure${buttonClassName ? ` ${buttonClassName}` : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {labelClassName ? <span className={labelClassName}>{label}</span> : label}
        {badge}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <Panel
          id={panelId}
          ref={(node: HTMLElement | null) => {
            panelRef.current = node;
          }}
          className={`popover${panelClassName ? ` ${panelClassName}` : ''}`}
          role={panelRole === 'group' ? 'group' : undefined}
          aria-label={label}
        >
          {typeof children === 'function' ? children(close) : children}
        </Panel>
      ) : null}
    </div>
  );
}

/** Moves a floating panel sideways into the screen and caps its size to the room there is. */
function placeInViewport(panel: HTMLElement) {
  panel.style.translate = '';
  panel.style.maxWidth = '';
  panel.style.maxHeight = '';
  // In the phone's filter sheet the panels lie in the flow, already inside the sheet.
  if (getComputedStyle(panel).position !== 'absolute') return;
  // clientWidth leaves out a classic scrollbar, which 100vw would include.
  const width = document.documentElement.clientWidth;
  panel.style.maxWidth = `${width - 2 * EDGE_MARGIN}px`;
  const box = panel.getBoundingClientRect();
  const shift = shiftIntoView(box.left, box.right, width);
  if (shift) panel.style.translate = `${shift}px 0`;
  const room = window.innerHeight - box.top - EDGE_MARGIN;
  if (box.height > room) panel.style.maxHeight = `${Math.max(room, 10 * 16)}px`;
}
