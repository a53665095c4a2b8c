import type { ImportRequest, ImportResponse } from './importMessages';
import { maxFileBytes, type DatasetSource } from '../readDataset';
import { downloadDataset } from '../downloadDataset';
import { nextTask } from '../../lib/nextTask';
import { routeGraph } from '../../layout/layoutDataset';
import { deriveGraph } from '../../model/deriveGraph';
import { noFilters } from '../../model/filters';
import { openDataset, type OpenedDataset } from './openDataset';

export type ImportStage = 'reading' | 'checking' | 'laying out';

/** An import under way: its result, the routed links that follow it, and a way to stop it. */
export interface RunningImport {
  readonly result: Promise<OpenedDataset | null>;
  /**
   * The story's routed links, after `result` (the picture shows straight links meanwhile); null
   * when there is no story, the work was stopped, or the story came with its curves.
   */
  readonly routes: Promise<ReadonlyMap<string, string> | null>;
  /** The story's JSON for the browser's storage, when asked for and the worker made it (after `result`). */
  readonly json: Promise<string | undefined>;
  /** Stops the work; `result` then resolves to null and nothing changes on screen. */
  cancel(): void;
}

/** Routes for an opened story, worked out on this thread after a pause that lets the page draw it straight. */
async function routeHere(opened: OpenedDataset | null, cancelled: () => boolean): Promise<ReadonlyMap<string, string> | null> {
  if (opened?.story == null || opened.routed === true) return null;
  const { graph, layout } = opened.story;
  await nextTask();
  if (cancelled()) return null;
  return routeGraph(graph ?? deriveGraph(opened.story.dataset, noFilters), layout);
}

/**
 * Imports a file in a worker, reporting each stage, and falls back to this thread where a page
 * may not start one (a file opened from disk, some sandboxes): slower to answer, never failing.
 */
export interface ImportOptions {
  /** Make the dataset's JSON too, for the browser's storage. */
  readonly json?: boolean;
  /** The arrangement a stored story was kept with (see placeDataset). */
  readonly arrangement?: unknown;
}

export function runImport(source: DatasetSource, onStage: (stage: ImportStage) => void, { json = false, arrangement }: ImportOptions = {}): RunningImport {
  let cancelled = false;
  let worker: Worker | null = null;
  let settle: (value: OpenedDataset | null) => void = () => undefined;
  let settleRoutes: (value: ReadonlyMap<string, string> | null) => void = () => undefined;
  const routes = new Promise<ReadonlyMap<string, string> | null>((resolve) => {
    settleRoutes = resolve;
  });
  let settleJson: (value: string | undefined) => void = () => undefined;
  const kept = new Promise<string | undefined>((resolve) => {
    settleJson = resolve;
  });
  const result = new Promise<OpenedDataset | null>((resolve, reject) => {
    settle = resolve;
    const onThisThread = () => {
      settleJson(undefined);
      worker?.terminate();
      worker = null;
      if (cancelled) return;
      const opened = openDataset(source, arrangement);
      opened.then(resolve, reject);
      opened.then((done) => routeHere(done, () => cancelled)).then((routed) => settleRoutes(cancelled ? null : routed), () => settleRoutes(null));
    };
    // Too large or empty: refused on this thread, before a byte is read.
    if (source.size > (source.maxBytes ?? maxFileBytes) || source.size === 0) {
      onThisThread();
      return;
    }
    onStage('reading');
    void source.arrayBuffer().then((bytes) => {
      if (cancelled) return;
      try {
        worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'who-gains-import' });
      } catch {
        onThisThread();
        return;
      }
      let answered = false;
      // A worker script the page may not load fails with an error event before any message.
      worker.addEventListener('error', () => {
        if (!answered) onThisThread();
      });
      worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
        answered = true;
        const message = event.data;
        if (message.type === 'progress') onStage(message.stage);
        else if (message.type === 'failed') {
          worker?.terminate();
          settleRoutes(null);
          settleJson(undefined);
          reject(new Error(message.message));
        } else if (message.type === 'json') settleJson(message.json);
        else if (message.type === 'routed') {
          worker?.terminate();
          settleRoutes(message.routes === null ? null : new Map(message.routes));
        } else {
          const { outcome } = message;
          if (!json) settleJson(undefined);
          if (!outcome.ok || message.arrangement === null) {
            worker?.terminate();
            settleRoutes(null);
            settleJson(undefined);
            resolve({ outcome, story: null });
          } else {
            const { graph, layout, routes: keptRoutes } = message.arrangement;
            const story = { dataset: outcome.dataset, graph, layout: new Map(layout), routes: new Map(keptRoutes ?? []) };
            resolve({ outcome, story, routed: keptRoutes !== null });
          }
        }
      });
      const request: ImportRequest = { name: source.name, bytes, maxBytes: source.maxBytes, json, arrangement };
      worker.postMessage(request, [bytes]);
    }, reject);
  });
  return {
    result,
    routes,
    json: kept,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      settle(null);
      settleRoutes(null);
      settleJson(undefined);
    },
  };
}

/** A file at a web address (`?data=`): downloaded on this thread, then read like a file opened from disk. */
export function runLinkImport(address: string, onStage: (stage: ImportStage) => void): RunningImport {
  let cancelled = false;
  let reading: RunningImport | null = null;
  const download = new AbortController();
  let settle: (value: OpenedDataset | null) => void = () => undefined;
  let settleRoutes: (value: ReadonlyMap<string, string> | null) => void = () => undefined;
  const routes = new Promise<ReadonlyMap<string, string> | null>((resolve) => {
    settleRoutes = resolve;
  });
  const result = new Promise<OpenedDataset | null>((resolve, reject) => {
    settle = resolve;
    onStage('reading');
    downloadDataset(address, fetch, download.signal).then((downloaded) => {
      if (cancelled) return;
      if (!downloaded.ok) {
        resolve({ outcome: downloaded.outcome, story: null });
        return;
      }
      reading = runImport(downloaded.source, onStage);
      reading.result.then(resolve, reject);
      reading.routes.then(settleRoutes, () => settleRoutes(null));
    }, reject);
  });
  result.then((opened) => opened?.story == null && settleRoutes(null), () => settleRoutes(null));
  return {
    result,
    routes,
    // A link's story is shown, not kept.
    json: Promise.resolve(undefined),
    cancel: () => {
      settleRoutes(null);
      cancelled = true;
      download.abort();
      reading?.cancel();
      settle(null);
    },
  };
}
