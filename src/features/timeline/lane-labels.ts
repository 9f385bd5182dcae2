import { foldButtonText, type LaneFolding } from './lane-folding';

/**
 * The lanes' names, each with the button that opens or folds its lane
 * (lane-folding.ts). The elements are the widget's group contents; the
 * button is the same element across redraws, so focus stays on it.
 */
export interface LaneLabels {
  folding: LaneFolding;
  /** The content for a lane's name, made afresh when the lanes change. */
  content: (groupId: string, name: string) => HTMLElement;
  /** Writes every button again, in the interface's language now. */
  relabel: () => void;
}

interface Label {
  name: string;
  button: HTMLButtonElement;
}

/** `relayout` restacks and redraws the lanes: after a button is pressed, or when one appears or goes. */
export function createLaneLabels(relayout: () => void): LaneLabels {
  const open = new Set<string>();
  const below = new Map<string, number>();
  const labels = new Map<string, Label>();

  /** Brings the button up to date; says whether it appeared or went (the name's height may change). */
  const render = (id: string): boolean => {
    const label = labels.get(id);
    if (!label) return false;
    const count = below.get(id) ?? 0;
    const wasHidden = label.button.hidden;
    label.button.hidden = count === 0;
    if (count > 0) {
      const { text, label: name } = foldButtonText(label.name, count, open.has(id));
      label.button.textContent = text;
      label.button.setAttribute('aria-label', name);
      label.button.setAttribute('aria-expanded', String(open.has(id)));
    } else label.button.textContent = '';
    return wasHidden !== label.button.hidden;
  };

  const folding: LaneFolding = {
    folds: (id) => labels.has(id),
    isOpen: (id) => open.has(id),
    report: (id, count) => {
      if (below.get(id) === count) return;
      below.set(id, count);
      // Inside the widget's redraw: the next frame measures the name's new height.
      if (render(id)) requestAnimationFrame(relayout);
    },
  };

  const content = (id: string, name: string): HTMLElement => {
    const root = document.createElement('span');
    root.className = 'lane-label';
    const text = document.createElement('span');
    text.className = 'lane-name';
    text.textContent = name;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lane-more';
    button.hidden = true;
    button.addEventListener('click', () => {
      // vis-timeline's touch handling takes the press, so a click would not focus the button by itself.
      button.focus();
      if (open.has(id)) open.delete(id);
      else open.add(id);
      render(id);
      relayout();
    });
    root.append(text, button);
    labels.set(id, { name, button });
    render(id);
    return root;
  };

  const relabel = () => {
    for (const id of labels.keys()) render(id);
  };

  return { folding, content, relabel };
}
