import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  /** How many values are set, shown on the button. */
  activeCount: number;
  children: ReactNode;
}

/**
 * A disclosure button with a panel beneath it, for one filter. Escape or a
 * click outside closes it and focus returns to the button.
 */
export function FilterPopover({ label, activeCount, children }: Props) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="filter-popover"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          e.preventDefault();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`disclosure${activeCount > 0 ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
        {activeCount > 0 ? <span className="active-count"> ({activeCount})</span> : null}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <div id={panelId} className="popover" role="group" aria-label={label}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
