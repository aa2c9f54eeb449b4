'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Copies the post's address. Rendered only where JavaScript runs and the clipboard is available. */
export function CopyLinkButton({ url }: { url: string }) {
  const canCopy = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== 'undefined' && !!navigator.clipboard,
    () => false,
  );
  const [status, setStatus] = useState('');

  if (!canCopy) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy; select the address bar instead');
    }
  }

  return (
    <>
      <button type="button" onClick={copy} className="button-small">
        Copy link
      </button>
      <span role="status" className="text-sm text-ink-soft">
        {status}
      </span>
    </>
  );
}
