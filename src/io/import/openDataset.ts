import { placeDataset } from '../../layout/layoutDataset';
import { readDataset, type DatasetSource, type ImportOutcome } from '../readDataset';
import type { Story } from '../../layout/story';

/**
 * A file read through the import pipeline and, when valid, laid out, ready to swap in; with its
 * JSON for the browser's storage when the worker made it.
 */
export type OpenedDataset = {
  readonly outcome: ImportOutcome;
  readonly story: Story | null;
  readonly json?: string | undefined;
  /** The story came with its curves (a stored story's, still fitting): nothing is left to route. */
  readonly routed?: boolean;
};

/**
 * Reads, validates and places a dataset's nodes (in the arrangement it was kept with, when that
 * still fits); the caller decides whether to show it.
 */
export async function openDataset(source: DatasetSource, kept?: unknown): Promise<OpenedDataset> {
  return laidOut(await readDataset(source), kept);
}

/**
 * The pipeline's answer, its nodes placed when it is a dataset; its links straight (see runImport's
 * routes) unless kept curves came with it.
 */
function laidOut(outcome: ImportOutcome, kept: unknown): OpenedDataset {
  if (!outcome.ok) return { outcome, story: null };
  const { graph, layout, routes } = placeDataset(outcome.dataset, kept);
  return { outcome, story: { dataset: outcome.dataset, graph, layout, routes: routes ?? new Map() }, routed: routes !== null };
}
