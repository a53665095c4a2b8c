import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { ShelfEntry } from '../../io/datasetShelf';
import { datasetToJson } from '../../io/datasetToJson';
import { exportFileName } from '../../io/exportFileName';
import { downloadBlob } from '../../lib/downloadBlob';
import type { Dataset } from '../../model/dataset';
import './library.css';

interface StorySwitcherProps {
  readonly bundledTitle: string;
  readonly entries: readonly ShelfEntry[];
  /** The stored story on screen; null for the bundled one. */
  readonly activeId: string | null;
  readonly notice: string;
  /** A stored copy that no longer opens: offered for download, never rewritten. */
  readonly unopened: { readonly entry: ShelfEntry; readonly json: string } | null;
  /** The story on screen when the browser keeps it only until the page closes (storage full or refused, a link's file): offered for download. */
  readonly unkept: Dataset | null;
  onOpen(id: string | null): void;
  onDelete(id: string): void;
  onDismiss(): void;
}

const bundledValue = '';
/** Not an id (ids never start with a space): the story on screen that the shelf could not keep. */
const unkeptValue = ' unkept';

/** The stories in this browser beside the bundled one, to switch between and delete (after asking). */
export function StorySwitcher({ bundledTitle, entries, activeId, notice, unopened, unkept, onOpen, onDelete, onDismiss }: StorySwitcherProps) {
  const selectId = useId();
  const [confirming, setConfirming] = useState<ShelfEntry | null>(null);
  const active = entries.find((entry) => entry.id === activeId) ?? null;
  // A story the shelf refused is on screen but not stored: listed, so the switcher says what is shown.
  const unlisted = unkept !== null && activeId === null ? unkept : null;
  // Nothing to say yet (no stored story, no notice): no box at all, which in the header's wrapped
  // row would still add a gap and push the graph down once storage answered.
  if (entries.length === 0 && unlisted === null && notice === '' && confirming === null) return null;
  return (
    <div className="story-switcher">
      {(entries.length > 0 || unlisted !== null) && (
        <div className="story-switcher__row">
          <label htmlFor={selectId}>Story</label>
          <select
            id={selectId}
            value={unlisted !== null ? unkeptValue : (activeId ?? bundledValue)}
            onChange={(event) => {
              const value = event.target.value;
              if (value !== unkeptValue) onOpen(value === bundledValue ? null : value);
            }}
          >
            <option value={bundledValue}>{bundledTitle} (built in)</option>
            {unlisted !== null && <option value={unkeptValue}>{unlisted.meta.title} (not stored)</option>}
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
          {unkept !== null && (
            <button
              type="button"
              onClick={() => downloadBlob(new Blob([datasetToJson(unkept)], { type: 'application/json' }), exportFileName(unkept.meta, 'json'))}
            >
              Download JSON
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
          {unopened !== null && (
            <button type="button" onClick={() => setConfirming(unopened.entry)}>
              Delete it…
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
