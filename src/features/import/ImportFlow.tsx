import { useEffect, useState } from 'react';
import type { ImportProblem } from '../../io/importProblem';
import { maxReportedProblems } from '../../io/readDataset';
import type { Dataset } from '../../model/dataset';
import { plural } from '../../model/plural';
import { checkView, shortForNotice } from '../../model/viewState';
import { dataUrlOf } from '../../io/downloadDataset';
import type { DataLink } from '../../url/dataParam';
import type { ExplorerStore } from '../../store/explorerStore';
import { nextTask } from '../../lib/nextTask';
import { ImportReport } from './ImportReport';
import { runImport, runLinkImport, type ImportStage } from '../../io/import/runImport';
import './import.css';

/**
 * What the reader asked to open: a file they chose or dropped, or a link's `?data=` address with
 * the view the link asks for in that story.
 */
export type ImportRequest = { readonly serial: number } & ({ readonly file: File } | DataLink);

export interface ImportFlowProps {
  readonly store: ExplorerStore;
  readonly request: ImportRequest;
  /**
   * A story is on screen, from a file the reader opened (the app keeps it in the browser; `json`
   * is its JSON when the worker made it) or from a link's file (shown, not kept).
   */
  onOpened(dataset: Dataset, json: string | undefined, from: 'file' | 'link'): void;
  /** What a link's view named that the story on screen does not have (for the link notice). */
  onViewChecked?(ignored: readonly string[]): void;
}

interface Report {
  readonly fileName: string;
  readonly problems: readonly ImportProblem[];
  readonly total: number;
  readonly opened: boolean;
}

/** An import shown as under way once it has taken longer than this. */
const progressDelayMs = 500;

const stageWords: Readonly<Record<ImportStage, string>> = { reading: 'Reading', checking: 'Checking', 'laying out': 'Laying out' };

/** What the reader is told is being opened: the file's name, a link's host, or a refused link as written (cut short, made visible). */
const nameOf = (request: ImportRequest): string => {
  if ('file' in request) return shortForNotice(request.file.name, 80);
  const url = dataUrlOf(request.address);
  return url === null ? shortForNotice(request.address) : url.host;
};

/**
 * One import at a time, from the request to the screen: run in a worker (see runImport), its
 * stage and a Cancel shown after half a second, the story swapped in only when valid; otherwise
 * a report says what is wrong and where, and nothing on screen changes.
 */
export function ImportFlow({ store, request, onOpened, onViewChecked }: ImportFlowProps) {
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [running, setRunning] = useState<{ readonly name: string; readonly stage: ImportStage; readonly shown: boolean; readonly stop: () => void } | null>(null);

  useEffect(() => {
    const name = nameOf(request);
    const onStage = (stage: ImportStage) => setRunning((now) => (now === null ? now : { ...now, stage }));
    const task = 'file' in request ? runImport(request.file, onStage, { json: true }) : runLinkImport(request.address, onStage);
    const timer = setTimeout(() => setRunning((now) => (now === null ? now : { ...now, shown: true })), progressDelayMs);
    let live = true;
    let swapped = false;
    // Cancel may come after the worker answered, before the story is drawn: it still stops it.
    let stopped = false;
    const stop = () => {
      stopped = true;
      // Once the story is on screen, what is left (its curves, its JSON) is not undone.
      if (!swapped) task.cancel();
    };
    void Promise.resolve().then(() => {
      if (!live) return;
      setReport(null);
      setStatus(`Opening ${name}…`);
      setRunning({ name, stage: 'reading', shown: false, stop });
    });
    task.result
      .then(async (opened) => {
        if (!live) return;
        if (opened === null || stopped) {
          setStatus(`Stopped opening ${name}; nothing changed.`);
          return;
        }
        const { outcome, story } = opened;
        if (!outcome.ok) {
          // A link's view is for the story it names: the story on screen stays as it was, as the
          // report says, and the failure is all that is announced.
          setStatus(`${name} could not be opened.`);
          setReport({ fileName: name, problems: outcome.problems, total: outcome.total, opened: false });
          return;
        }
        if (story !== null) {
          // Receiving a large story, drawing it and storing it are each a task of their own:
          // one task doing all three would hold the page still for a second.
          await nextTask();
          if (!live) return;
          if (stopped) {
            setStatus(`Stopped opening ${name}; nothing changed.`);
            return;
          }
          store.getState().loadStory(story, 'view' in request ? request.view : undefined);
          swapped = true;
          // Links are drawn straight until their curves arrive.
          // (also after this flow moves on to another request: setRoutes ignores a story no longer shown).
          void task.routes.then((routes) => routes !== null && store.getState().setRoutes(story.dataset, routes));
          if ('view' in request) onViewChecked?.(checkView(story.dataset, request.view).ignored);
          await nextTask();
          // The JSON to keep follows the story from the worker, in a task of its own.
          const json = opened.json ?? (await task.json);
          if (!live) return;
          onOpened(story.dataset, json, 'file' in request ? 'file' : 'link');
        }
        setStatus(`Opened ${name}: ${plural(outcome.dataset.claims.length, 'claim')}.`);
        if (outcome.warnings.length > 0)
          setReport({ fileName: name, problems: outcome.warnings.slice(0, maxReportedProblems), total: outcome.warnings.length, opened: true });
      })
      .catch((error: unknown) => live && setStatus(`${name} could not be opened: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        clearTimeout(timer);
        if (!live) return;
        setRunning(null);
      });
    return () => {
      live = false;
      clearTimeout(timer);
      // A story already on screen keeps its routing going; anything before that stops.
      if (!swapped) task.cancel();
    };
    // A new request (its serial) starts a new import, with the callbacks of the render that asked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request.serial]);

  return (
    <>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {running?.shown === true && (
        <div className="import-progress" role="status">
          <span className="import-progress__spinner" aria-hidden="true" />
          {stageWords[running.stage]} {running.name}…
          <button type="button" onClick={running.stop}>
            Cancel
          </button>
        </div>
      )}
      {report !== null && <ImportReport {...report} onClose={() => setReport(null)} />}
    </>
  );
}
