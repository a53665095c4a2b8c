import { indexById, type Dataset } from './dataset';
import type { DatasetInput } from './schema';

/**
 * Adds the lookups to a dataset whose shape and references have been checked: by `parseDataset`
 * at run time, or by the build for the bundled story (so the first paint needs no validator).
 */
export function indexDataset(data: DatasetInput): Dataset {
  return {
    ...data,
    index: {
      actors: indexById(data.actors),
      benefitTypes: indexById(data.benefitTypes),
      outlets: indexById(data.outlets),
      speakers: indexById(data.speakers),
      claims: indexById(data.claims),
    },
  };
}
