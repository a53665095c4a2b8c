import type { Dataset } from '../model/dataset';

/**
 * The dataset as a JSON file in the Who Gains format: the fields the schema names, without the
 * app's lookup tables or a `$schema` path that would not resolve beside the downloaded file.
 */
export function datasetToJson(dataset: Dataset, { compact = false }: { readonly compact?: boolean } = {}): string {
  const { schemaVersion, meta, actors, benefitTypes, outlets, speakers, claims } = dataset;
  // Indented for people; compact (a quarter smaller) for the browser's storage.
  return `${JSON.stringify({ schemaVersion, meta, actors, benefitTypes, outlets, speakers, claims }, null, compact ? undefined : 2)}\n`;
}
