import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import type { EventHead } from '../../domain/load-dataset';

export interface Step {
  previous: EventHead | undefined;
  next: EventHead | undefined;
  /** 1-based position of the selection among the visible events; 0 when it is filtered out. */
  position: number;
  total: number;
}

export function stepFrom(events: readonly EventHead[], selectedId: string | null): Step {
  const index = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  return {
    previous: index > 0 ? events[index - 1] : undefined,
    next: index >= 0 ? events[index + 1] : events[0],
    position: index + 1,
    total: events.length,
  };
}

export function useStep(): Step {
  const events = useAppStore(selectVisibleEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  return stepFrom(events, selectedId);
}
