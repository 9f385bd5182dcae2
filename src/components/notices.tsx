import { useI18n } from '../i18n/use-i18n';
import { useAppStore } from '../store/app-store';

/** Non-blocking messages: a broken link, an unknown event id. */
export function Notices() {
  const i18n = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <p>{notice.text}</p>
          {/* The full name as a label: a hidden word after the visible one would glue fragments (issue 22). */}
          <button type="button" aria-label={i18n._('Dismiss notice')} onClick={() => dismiss(notice.id)}>
            {i18n._('Dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
