import { useAppStore } from '../store/app-store';

/** Non-blocking messages: a broken link, an unknown event id. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <p>{notice.text}</p>
          <button type="button" onClick={() => dismiss(notice.id)}>
            Dismiss<span className="visually-hidden"> notice</span>
          </button>
        </div>
      ))}
    </div>
  );
}
