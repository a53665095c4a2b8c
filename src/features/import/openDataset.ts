import { layoutDataset } from '../../layout/layoutDataset';
import { readDataset, type DatasetSource, type ImportOutcome } from '../../io/readDataset';
import type { Story } from '../../store/explorerStore';

/**
 * A file read through the import pipeline and, when valid, laid out, ready to swap in; with its
 * JSON for the browser's storage when the worker made it.
 */
export type OpenedDataset = { readonly outcome: ImportOutcome; readonly story: Story | null; readonly json?: string | undefined };

/** Reads, validates and lays out a dataset; the caller decides whether to show it. */
export async function openDataset(source: DatasetSource): Promise<OpenedDataset> {
  return laidOut(await readDataset(source));
}

/** The pipeline's answer, laid out when it is a dataset. */
function laidOut(outcome: ImportOutcome): OpenedDataset {
  if (!outcome.ok) return { outcome, story: null };
  const { layout, routes } = layoutDataset(outcome.dataset);
  return { outcome, story: { dataset: outcome.dataset, layout, routes } };
}
