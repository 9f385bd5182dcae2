import { useI18n } from '../../i18n/use-i18n';
import { publishedSiteUrl } from '../../lib/site-url';
import { useNarrowScreen } from '../../lib/use-media-query';
import { useAppStore } from '../../store/app-store';

/** The build's calendar of the whole timeline (build/feeds/feed-files.ts names it). */
const CALENDAR_FILE = 'timeline.ics';

/**
 * "Subscribe" (issue 23): the calendar the build writes, at its stable address,
 * by the webcal: scheme calendar apps register for, so the reader's calendar
 * keeps it up to date instead of importing a copy once. The address is the
 * site's own, never taken from data. A timeline opened from a file has no such
 * calendar, so the link is not offered then.
 *
 * Beside Export in the header; on a phone, whose header has no room for it,
 * at the foot of the Export panel (`inPanel`).
 */
export function SubscribeLink({ inPanel = false }: { inPanel?: boolean }) {
  const i18n = useI18n();
  const opened = useAppStore((s) => s.openedFile !== null);
  const narrow = useNarrowScreen();
  if (opened || narrow !== inPanel) return null;
  const href = new URL(CALENDAR_FILE, publishedSiteUrl()).href.replace(/^https?:/, 'webcal:');
  const hint = i18n._('the whole timeline in your calendar app, updated when events are added or revised');
  if (inPanel) {
    return (
      <p className="export-subscribe">
        <a href={href} aria-describedby="subscribe-hint">
          {i18n._('Subscribe')}
        </a>{' '}
        <span className="hint" id="subscribe-hint">
          {hint}
        </span>
      </p>
    );
  }
  return (
    <>
      <a className="subscribe-link" href={href} aria-describedby="subscribe-hint">
        {i18n._('Subscribe')}
      </a>
      <span className="visually-hidden" id="subscribe-hint">
        {hint}
      </span>
    </>
  );
}
