import type { Dataset } from '../model/dataset';

/**
 * The dataset as a JSON file in the Who Gains format: the fields the schema names, without the
 * app's lookup tables or a `$schema` path that would not resolve beside the downloaded file.
 */
export function datasetToJson(dataset: Dataset): string {
  const { schemaVersion, meta, actors, benefitTypes, outlets, speakers, claims } = dataset;
  return `${JSON.stringify({ schemaVersion, meta, actors, benefitTypes, outlets, speakers, claims }, null, 2)}\n`;
}
