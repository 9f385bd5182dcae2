import { useState } from 'react';

/** Copies the address of the current view (selected event, filters, window). */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied');
    } catch {
      // Clipboard access can be refused; show the link so it can be copied by hand.
      window.prompt('Copy this link:', href);
      setStatus('');
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
