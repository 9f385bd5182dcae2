import type { ReactNode } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { ROW_HEIGHT, rowAt, type RowLayout } from './locators';
import { gapLabel, monthName, type Row } from './sections';
import { EventCard } from './event-card';

const OVERSCAN = 6;

interface Props {
  layout: RowLayout;
  viewport: { top: number; height: number };
  model: TimelineModel;
  tagIds: readonly string[];
  terms: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The very long list: only the rows in and near view exist, at fixed heights,
 * so 100,000 events scroll like 30. Headers cannot stick inside absolutely
 * placed rows, so one pinned header shows the year and month of the top row.
 */
export function VirtualList({ layout, viewport, ...card }: Props) {
  useI18n(); // the month names and counts below are in the interface's language
  const first = Math.max(0, rowAt(layout, viewport.top) - OVERSCAN);
  const top = layout.rows[rowAt(layout, viewport.top)];
  const pinned = !top ? null : top.kind === 'gap' ? gapLabel(top.gap) : top.kind === 'year' || top.month === null ? String(top.year) : `${top.year} · ${monthName(top.month)}`;
  const items: ReactNode[] = [];
  for (let i = first; i < layout.rows.length && layout.offsets[i]! < viewport.top + viewport.height + OVERSCAN * ROW_HEIGHT.event; i++) {
    const row = layout.rows[i]!;
    items.push(
      <li key={rowKey(row)} className={`v-row v-row-${row.kind}`} style={{ top: layout.offsets[i]!, height: ROW_HEIGHT[row.kind] }}>
        <RowContent row={row} {...card} />
      </li>,
    );
  }
  return (
    <>
      {pinned ? (
        <div className="v-pinned" aria-hidden="true">
          {pinned}
        </div>
      ) : null}
      <ol className="v-list is-virtual" style={{ height: layout.offsets[layout.rows.length] }}>
        {items}
      </ol>
    </>
  );
}

function rowKey(row: Row): string {
  if (row.kind === 'event') return row.event.id;
  if (row.kind === 'gap') return `gap-${row.gap.from}`;
  return row.kind === 'year' ? `y${row.year}` : `m${row.year}-${row.month}`;
}

function RowContent({ row, model, tagIds, terms, selectedId, onSelect }: Omit<Props, 'layout' | 'viewport'> & { row: Row }) {
  const i18n = useI18n();
  switch (row.kind) {
    case 'year':
      return (
        <h3 className="v-year-head">
          {row.year}
          <span className="v-count">{i18n._('{count, plural, one {# event} other {# events}}', { count: row.count })}</span>
        </h3>
      );
    case 'month':
      return <h4 className="v-month-head">{monthName(row.month)}</h4>;
    case 'gap':
      return <p className="v-gap">{gapLabel(row.gap)}</p>;
    case 'event':
      return <EventCard event={row.event} model={model} tagIds={tagIds} terms={terms} selected={row.event.id === selectedId} onSelect={onSelect} />;
  }
}
