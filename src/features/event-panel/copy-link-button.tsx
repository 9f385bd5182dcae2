import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/** Copies the address of the current view (selected event, filters, window). */
export function CopyLinkButton() {
  const i18n = useI18n();
  const [status, setStatus] = useState('');
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus(i18n._('Link copied'));
    } catch {
      // Clipboard access can be refused; show the link so it can be copied by hand.
      window.prompt(i18n._('Copy this link:'), href);
      setStatus('');
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {i18n._('Copy link')}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
