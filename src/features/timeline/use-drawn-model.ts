import { useState } from 'react';
import type { HeadModel } from '../../domain/load-dataset';
import { sameHeads } from '../../domain/same-heads';

/**
 * The model the desktop timeline draws. When the data file's model follows
 * the index's with the same heads (domain/same-heads.ts), the timeline keeps
 * the one it has: made anew, it lost the reader's focus on an item, the
 * lane folds and the scroll of its stack, and at 100,000 events it redrew
 * everything, just as the texts came in. A model that draws differently (a
 * stale index, another file opened) is drawn.
 */
export function useDrawnModel(model: HeadModel): HeadModel {
  // Derived during render (React's pattern for state that follows a prop), compared once per new model.
  const [kept, setKept] = useState({ drawn: model, compared: model });
  if (kept.compared === model) return kept.drawn;
  const next = { drawn: sameHeads(kept.drawn, model) ? kept.drawn : model, compared: model };
  setKept(next);
  return next.drawn;
}
