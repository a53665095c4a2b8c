import { toJSONSchema } from 'zod/mini';
import { datasetSchema } from './schema';

/**
 * The JSON Schema that dataset authors point their editor at (`"$schema"` in the file), generated
 * from the zod schema so the two cannot drift apart. Reference checks (unknown ids) are not
 * expressible in JSON Schema; parseDataset adds them.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Who Gains dataset, schema version 1',
  };
}
