import { layoutDataset } from '../../layout/layoutDataset';
import { readDataset, type DatasetSource, type ImportOutcome } from '../../io/readDataset';
import type { Story } from '../../store/explorerStore';

/** A file read through the import pipeline and, when valid, laid out, ready to swap in. */
export type OpenedDataset = { readonly outcome: ImportOutcome; readonly story: Story | null };

/** Reads, validates and lays out a dataset; the caller decides whether to show it. */
export async function openDataset(source: DatasetSource): Promise<OpenedDataset> {
  const outcome = await readDataset(source);
  if (!outcome.ok) return { outcome, story: null };
  const { layout, routes } = layoutDataset(outcome.dataset);
  return { outcome, story: { dataset: outcome.dataset, layout, routes } };
}
