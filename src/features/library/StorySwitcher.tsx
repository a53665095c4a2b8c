import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { ShelfEntry } from '../../io/datasetShelf';
import { downloadBlob } from '../../lib/downloadBlob';
import './library.css';

interface StorySwitcherProps {
  readonly bundledTitle: string;
  readonly entries: readonly ShelfEntry[];
  /** The stored story on screen; null for the bundled one. */
  readonly activeId: string | null;
  readonly notice: string;
  /** A stored copy that no longer opens: offered for download, never rewritten. */
  readonly unopened: { readonly entry: ShelfEntry; readonly json: string } | null;
  onOpen(id: string | null): void;
  onDelete(id: string): void;
  onDismiss(): void;
}

const bundledValue = '';

/** The stories in this browser beside the bundled one, to switch between and delete (after asking). */
export function StorySwitcher({ bundledTitle, entries, activeId, notice, unopened, onOpen, onDelete, onDismiss }: StorySwitcherProps) {
  const selectId = useId();
  const [confirming, setConfirming] = useState<ShelfEntry | null>(null);
  const active = entries.find((entry) => entry.id === activeId) ?? null;
  return (
    <div className="story-switcher">
      {entries.length > 0 && (
        <div className="story-switcher__row">
          <label htmlFor={selectId}>Story</label>
          <select id={selectId} value={activeId ?? bundledValue} onChange={(event) => onOpen(event.target.value === bundledValue ? null : event.target.value)}>
            <option value={bundledValue}>{bundledTitle} (built in)</option>
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
          {active !== null && (
            <button type="button" onClick={() => setConfirming(active)}>
              Delete…
            </button>
          )}
        </div>
      )}
      {notice !== '' && (
        <p className="story-switcher__notice" role="status">
          {notice}
          {unopened !== null && (
            <button
              type="button"
              onClick={() => downloadBlob(new Blob([unopened.json], { type: 'application/json' }), `who-gains-${unopened.entry.id}-as-stored.json`)}
            >
              Download the stored copy
            </button>
          )}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      )}
      {confirming !== null && (
        <Dialog title={`Delete “${confirming.title}”?`} onClose={() => setConfirming(null)}>
          <p className="story-switcher__confirm">
            It is removed from this browser; the built-in story is shown. A file you exported is not affected.
          </p>
          <div className="story-switcher__row">
            <button
              type="button"
              onClick={() => {
                onDelete(confirming.id);
                setConfirming(null);
              }}
            >
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
