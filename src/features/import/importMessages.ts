import type { Point } from '../../lib/geometry';
import type { ImportOutcome } from '../../io/readDataset';
import type { Graph } from '../../model/graph';

/** What the page sends the import worker: the file's name and its bytes (transferred, not copied). */
export interface ImportRequest {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  /** See DatasetSource.maxBytes. */
  readonly maxBytes?: number | undefined;
  /** Whether to answer with the dataset's JSON too: only a file the app will keep needs it. */
  readonly json: boolean;
}

/**
 * What the worker answers: where it is; then the outcome with the unfiltered graph and its layout
 * as plain rows (enough to draw, links straight); then the JSON to keep, when asked for; then the
 * routed links. Each its own message, so the page receives each in a task of its own.
 */
export type ImportResponse =
  | { readonly type: 'progress'; readonly stage: 'checking' | 'laying out' }
  | {
      readonly type: 'done';
      readonly outcome: ImportOutcome;
      readonly arrangement: { readonly layout: readonly (readonly [string, Point])[]; readonly graph: Graph } | null;
    }
  /** The dataset as `datasetToJson` writes it, for the browser's storage: made here, not on the page's thread. */
  | { readonly type: 'json'; readonly json: string }
  | { readonly type: 'routed'; readonly routes: readonly (readonly [string, string])[] }
  | { readonly type: 'failed'; readonly message: string };
