import type { Point } from '../../lib/geometry';
import type { ImportOutcome } from '../readDataset';
import type { Graph } from '../../model/graph';

/** What the page sends the import worker: the file's name and its bytes (transferred, not copied). */
export interface ImportRequest {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  /** See DatasetSource.maxBytes. */
  readonly maxBytes?: number | undefined;
  /** Whether to answer with the dataset's JSON too: only a file the app will keep needs it. */
  readonly json: boolean;
  /** The arrangement a stored story was kept with: reused when it still fits, instead of laying it out again. */
  readonly arrangement?: unknown;
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
      readonly arrangement: {
        readonly layout: readonly (readonly [string, Point])[];
        readonly graph: Graph;
        /** The kept curves, when a stored story's still fit (the 'routed' message then carries none). */
        readonly routes: readonly (readonly [string, string])[] | null;
      } | null;
    }
  /** The dataset as `datasetToJson` writes it, for the browser's storage: made here, not on the page's thread. */
  | { readonly type: 'json'; readonly json: string }
  /** The routed links; null when they came with the story. The last message. */
  | { readonly type: 'routed'; readonly routes: readonly (readonly [string, string])[] | null }
  | { readonly type: 'failed'; readonly message: string };
