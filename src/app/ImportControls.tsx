import { useEffect, useRef, useState } from 'react';
import type { ImportFlowProps, ImportRequest } from '../features/import/ImportFlow';
import { useHydrated } from '../lib/useHydrated';
import type { ExplorerStore } from '../store/explorerStore';
import { LazyImportFlow, preloadImportFlow } from './LazyImportFlow';
import type { DataLink } from '../url/dataParam';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

interface ImportControlsProps {
  readonly store: ExplorerStore;
  /** A story is on screen, from a file (to keep in the browser) or a link (see ImportFlowProps). */
  readonly onOpened: ImportFlowProps['onOpened'];
  readonly onViewChecked: NonNullable<ImportFlowProps['onViewChecked']>;
  /** A link's `?data=`, opened once when the page loads. */
  readonly dataLink: DataLink | null;
}

/**
 * "Open data…" and drag-and-drop anywhere on the page. Only the button, the picker and the drop
 * target are here; the import itself (ImportFlow, with the pipeline, the worker and the report)
 * is a lazy chunk, fetched when the pointer or focus comes near or a file arrives.
 */
export function ImportControls({ store, onOpened, onViewChecked, dataLink }: ImportControlsProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // The prerendered page has no import under way: a link's `?data=` starts once hydrated.
  const hydrated = useHydrated();
  const [request, setRequest] = useState<ImportRequest | null>(() => (dataLink === null ? null : { serial: 0, ...dataLink }));
  const ask = (file: File) => setRequest((previous) => ({ serial: (previous?.serial ?? 0) + 1, file }));

  // Drop anywhere: the page shows where, and a file dropped outside the drop target never
  // makes the browser navigate away from the story.
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) ask(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <button type="button" onClick={() => inputRef.current?.click()} onPointerEnter={() => void preloadImportFlow()} onFocus={() => void preloadImportFlow()}>
        Open data…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        // Hidden: the button is the one control people see and reach; it opens this picker.
        hidden
        aria-label="Open a dataset file (JSON or CSV)"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) ask(file);
        }}
      />
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p>Drop a JSON or CSV file to open it</p>
        </div>
      )}
      {request !== null && hydrated && <LazyImportFlow store={store} request={request} onOpened={onOpened} onViewChecked={onViewChecked} />}
    </>
  );
}
