import { useI18n } from '../i18n/use-i18n';
import { useAppStore, type ViewMode } from '../store/app-store';

const MODES: ViewMode[] = ['timeline', 'list'];

/** Timeline or list: the same events, two ways in. */
export function ViewSwitch() {
  const i18n = useI18n();
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <div className="view-switch button-group" role="group" aria-label={i18n._('View')}>
      {MODES.map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
          {m === 'timeline' ? i18n._('Timeline') : i18n._('List')}
        </button>
      ))}
    </div>
  );
}
