import { useState } from 'react';

/** Copies the address of the current view (the URL always carries it) for a slide or a message. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Copy the address bar: it holds this view');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link to this view
      </button>
      <span role="status" className="copy-link__status">
        {status}
      </span>
    </span>
  );
}
