import { placeDataset, routeGraph } from '../../layout/layoutDataset';
import { datasetToJson } from '../datasetToJson';
import { readDataset } from '../readDataset';
import type { ImportRequest, ImportResponse } from './importMessages';

/**
 * The import pipeline and the layout off the main thread: a 5 MB spreadsheet takes seconds to
 * parse, check and lay out, and the page must answer clicks (and Cancel) meanwhile. The story is
 * sent as soon as its nodes have places, and its routed links after: routing a large story takes
 * longer than everything before it, and the picture need not wait for it.
 */
// The app's types are the page's (DOM); in a worker, postMessage takes no target origin.
const post = (message: ImportResponse) => (self as unknown as { postMessage(message: ImportResponse): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { name, bytes, maxBytes, json, arrangement } = event.data;
  void (async () => {
    try {
      post({ type: 'progress', stage: 'checking' });
      const outcome = await readDataset({ name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes), ...(maxBytes === undefined ? {} : { maxBytes }) });
      if (!outcome.ok) {
        post({ type: 'done', outcome, arrangement: null });
        return;
      }
      post({ type: 'progress', stage: 'laying out' });
      const { graph, layout, routes } = placeDataset(outcome.dataset, arrangement);
      post({ type: 'done', outcome, arrangement: { layout: [...layout], graph, routes: routes === null ? null : [...routes] } });
      if (json) post({ type: 'json', json: datasetToJson(outcome.dataset, { compact: true }) });
      post({ type: 'routed', routes: routes === null ? [...routeGraph(graph, layout)] : null });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
