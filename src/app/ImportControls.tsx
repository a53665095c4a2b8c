import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ImportProblem } from '../io/importProblem';
import type { OpenedDataset } from '../features/import/openDataset';
import type { Dataset } from '../model/dataset';
import { useLatest } from '../lib/useLatest';
import type { ExplorerStore } from '../store/explorerStore';

const loadImport = () => import('../features/import/openDataset');
const ImportReport = lazy(() => import('../features/import/ImportReport').then((m) => ({ default: m.ImportReport })));

interface Report {
  readonly fileName: string;
  readonly problems: readonly ImportProblem[];
  readonly total: number;
  readonly opened: boolean;
}

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * "Open data…" and drag-and-drop anywhere on the page: a JSON or CSV file goes through the import
 * pipeline (a lazy chunk, with the layout), and replaces the story on screen only when it is
 * valid; otherwise a report says what is wrong and where, and nothing on screen changes.
 */
interface ImportControlsProps {
  readonly store: ExplorerStore;
  /** A file opened by the reader (not one a link named): the app keeps it in the browser. */
  readonly onOpened: (dataset: Dataset) => void;
  /** A link's `?data=` address, opened once when the page loads. */
  readonly dataLink: string | null;
}

export function ImportControls({ store, onOpened, dataLink }: ImportControlsProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [dragging, setDragging] = useState(false);

  const open = async (name: string, read: (pipeline: Awaited<ReturnType<typeof loadImport>>) => Promise<OpenedDataset>, keep: boolean) => {
    setStatus(`Opening ${name}…`);
    try {
      const { outcome, story } = await read(await loadImport());
      if (!outcome.ok) {
        setStatus(`${name} could not be opened.`);
        setReport({ fileName: name, problems: outcome.problems, total: outcome.total, opened: false });
        return;
      }
      if (story !== null) {
        store.getState().loadStory(story);
        if (keep) onOpened(story.dataset);
      }
      setStatus(`Opened ${name}: ${outcome.dataset.claims.length} claims.`);
      if (outcome.warnings.length > 0)
        setReport({ fileName: name, problems: outcome.warnings.slice(0, 50), total: outcome.warnings.length, opened: true });
    } catch (error) {
      setStatus(`${name} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const openFile = (file: File) => open(file.name, (pipeline) => pipeline.openDataset(file), true);
  const openRef = useLatest(openFile);

  // A link that names a file on the web opens it once; it is shown, not kept (the link is its home).
  useEffect(() => {
    if (dataLink === null) return;
    const name = (() => {
      try {
        return new URL(dataLink).host;
      } catch {
        return 'the linked file';
      }
    })();
    void Promise.resolve().then(() => open(name, (pipeline) => pipeline.openDatasetFromLink(dataLink), false));
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
      if (file !== undefined) void openRef.current(file);
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
  }, [openRef]);

  return (
    <>
      <button type="button" onClick={() => inputRef.current?.click()} onPointerEnter={() => void loadImport()} onFocus={() => void loadImport()}>
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
          if (file !== undefined) void openFile(file);
        }}
      />
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p>Drop a JSON or CSV file to open it</p>
        </div>
      )}
      {report !== null && (
        <Suspense fallback={null}>
          <ImportReport {...report} onClose={() => setReport(null)} />
        </Suspense>
      )}
    </>
  );
}
