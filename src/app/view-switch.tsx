import { useAppStore, type ViewMode } from '../store/app-store';

const MODES: { mode: ViewMode; label: string }[] = [
  { mode: 'timeline', label: 'Timeline' },
  { mode: 'list', label: 'List' },
];

/** Timeline or list: the same events, two ways in. */
export function ViewSwitch() {
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <div className="view-switch button-group" role="group" aria-label="View">
      {MODES.map((m) => (
        <button key={m.mode} type="button" aria-pressed={mode === m.mode} onClick={() => setMode(m.mode)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
