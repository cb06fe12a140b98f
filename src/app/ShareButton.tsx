import { useEffect, useRef, useState } from 'react';

type ShareState = { step: 'idle' } | { step: 'copied' } | { step: 'manual'; url: string; copied: boolean };

async function writeClipboard(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || navigator.clipboard?.writeText === undefined) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The older copy command, for pages where the asynchronous clipboard is refused. */
function copySelection(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Copies the current link, which carries the whole view. Where the clipboard is not available it
 * shows the link in a read-only field, selected, so it can be copied by hand.
 */
export function ShareButton() {
  const [state, setState] = useState<ShareState>({ step: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.step !== 'manual' || state.copied) return;
    inputRef.current?.focus();
    inputRef.current?.select();
    if (copySelection()) setState({ ...state, copied: true });
  }, [state]);

  useEffect(() => {
    if (state.step !== 'copied') return;
    const timer = window.setTimeout(() => setState({ step: 'idle' }), 6000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const share = async () => {
    const url = window.location.href;
    if (await writeClipboard(url)) setState({ step: 'copied' });
    else setState({ step: 'manual', url, copied: false });
  };

  const message =
    state.step === 'copied' || (state.step === 'manual' && state.copied)
      ? 'Link copied'
      : state.step === 'manual'
        ? 'Copy the selected link'
        : '';
  return (
    <div className="share">
      <button type="button" className="share-button" onClick={share}>
        Share
      </button>
      {state.step === 'manual' && (
        <label className="share-manual">
          <span className="visually-hidden">Link to this view</span>
          <input ref={inputRef} readOnly value={state.url} onBlur={() => setState({ step: 'idle' })} />
        </label>
      )}
      <span className="share-status" role="status">
        {message}
      </span>
    </div>
  );
}
