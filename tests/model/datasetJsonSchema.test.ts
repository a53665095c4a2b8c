import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/model/datasetJsonSchema';

const file = join(import.meta.dirname, '..', '..', 'data', 'who-gains.schema.json');
const generated = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;

describe('data/who-gains.schema.json', () => {
  it('matches the zod schema (regenerate with `npm run schema`)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, generated);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes the fields authors fill in', () => {
    const schema = datasetJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'meta', 'actors', 'benefitTypes', 'outlets', 'speakers', 'claims']),
    );
    expect(JSON.stringify(schema.properties['claims'])).toContain('"enum":["gain","cost"]');
  });
});
