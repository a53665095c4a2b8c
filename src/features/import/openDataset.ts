import { placeDataset } from '../../layout/layoutDataset';
import { readDataset, type DatasetSource, type ImportOutcome } from '../../io/readDataset';
import type { Story } from '../../store/explorerStore';

/**
 * A file read through the import pipeline and, when valid, laid out, ready to swap in; with its
 * JSON for the browser's storage when the worker made it.
 */
export type OpenedDataset = { readonly outcome: ImportOutcome; readonly story: Story | null; readonly json?: string | undefined };

/** Reads, validates and places a dataset's nodes; the caller decides whether to show it. */
export async function openDataset(source: DatasetSource): Promise<OpenedDataset> {
  return laidOut(await readDataset(source));
}

/** The pipeline's answer, its nodes placed when it is a dataset (links straight: see runImport's routes). */
function laidOut(outcome: ImportOutcome): OpenedDataset {
  if (!outcome.ok) return { outcome, story: null };
  const { graph, layout } = placeDataset(outcome.dataset);
  return { outcome, story: { dataset: outcome.dataset, graph, layout, routes: new Map() } };
}
