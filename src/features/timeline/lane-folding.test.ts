import { describe, expect, it } from 'vitest';
import { belowFirstRow, foldButtonText } from './lane-folding';

describe('belowFirstRow', () => {
  it('keeps the items of the top row and returns the rest', () => {
    const items = [{ id: 'a', top: 4 }, { id: 'b', top: 33 }, { id: 'c', top: 4.2 }, { id: 'd', top: 62 }];
    expect(belowFirstRow(items).map((i) => i.id)).toEqual(['b', 'd']);
  });

  it('hides nothing in a lane of one row, or an empty lane', () => {
    expect(belowFirstRow([{ top: 4 }, { top: 4 }])).toEqual([]);
    expect(belowFirstRow([])).toEqual([]);
  });

  it('takes the first row from the items, wherever the lane starts', () => {
    expect(belowFirstRow([{ top: 40 }, { top: 12 }]).map((i) => i.top)).toEqual([40]);
  });
});

describe('foldButtonText', () => {
  it('says how many more and whose, in the singular for one', () => {
    expect(foldButtonText('FBI', 3, false)).toEqual({ text: '3 more', label: '3 more events of FBI' });
    expect(foldButtonText('FBI', 1, false)).toEqual({ text: '1 more', label: '1 more event of FBI' });
  });

  it('offers to fold an open lane', () => {
    expect(foldButtonText('CIA', 5, true)).toEqual({ text: 'Fewer', label: 'Fewer events of CIA: one row' });
  });
});
