import { useId, useRef, useState } from 'react';

interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly rows?: number;
}

/**
 * Text to copy, read-only, with a Copy button. Where the Clipboard API is missing or refused (an
 * insecure origin, a sandboxed frame, a file), the text is selected instead and the status says
 * how to finish, so the button never silently does nothing.
 */
export function CopyField({ label, value, rows = 2 }: CopyFieldProps) {
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<{ readonly for: string; readonly text: string } | null>(null);
  const copy = async () => {
    try {
      if (navigator.clipboard === undefined) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(value);
      setStatus({ for: value, text: 'Copied' });
    } catch {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setStatus({ for: value, text: 'This page may not use the clipboard: the text is selected, press Ctrl+C (⌘C on a Mac).' });
    }
  };
  // A changed value makes an earlier "Copied" untrue.
  const shown = status !== null && status.for === value ? status.text : '';
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <textarea
          id={id}
          ref={fieldRef}
          className="copy-field__text"
          readOnly
          rows={rows}
          value={value}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="copy-field__copy" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {shown}
      </p>
    </div>
  );
}
