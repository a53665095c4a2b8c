import type { ImportProblem } from './importProblem';

type Shape = { readonly [key: string]: Shape | 'value' | { readonly items: Shape } };

const citation: Shape = { outlet: 'value', speaker: 'value', kind: 'value', quote: 'value' };
const datasetShape: Shape = {
  $schema: 'value',
  schemaVersion: 'value',
  meta: {
    id: 'value',
    title: 'value',
    description: 'value',
    article: { title: 'value', outlet: 'value', author: 'value', url: 'value' },
    tour: 'value',
  },
  actors: { items: { id: 'value', name: 'value', kind: 'value', description: 'value' } },
  benefitTypes: { items: { id: 'value', label: 'value', description: 'value' } },
  outlets: { items: { id: 'value', name: 'value', kind: 'value', url: 'value' } },
  speakers: { items: { id: 'value', name: 'value', role: 'value' } },
  claims: {
    items: {
      id: 'value',
      beneficiary: 'value',
      provider: 'value',
      benefitType: 'value',
      polarity: 'value',
      summary: 'value',
      citations: { items: citation },
    },
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of a parsed JSON dataset with only the fields the schema knows, and a warning for each
 * field left out, so nothing is dropped silently. Only known names are ever written, so a key
 * such as `__proto__` or `constructor` in the file can never reach an object's prototype.
 */
export function pruneUnknownFields(input: unknown): { readonly value: unknown; readonly warnings: readonly ImportProblem[] } {
  const warnings: ImportProblem[] = [];
  const prune = (value: unknown, shape: Shape, path: string): unknown => {
    if (!isRecord(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const place = path === '' ? key : `${path}.${key}`;
      const rule = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (rule === undefined) {
        warnings.push({
          code: 'unknown-field',
          place,
          message: `"${key.length > 40 ? `${key.slice(0, 39)}…` : key}" is not a field of the Who Gains format, so it was left out.`,
          hint: 'Check its spelling against data/who-gains.schema.json, or remove it.',
          severity: 'warning',
        });
        continue;
      }
      const field = value[key];
      if (rule === 'value') copy[key] = field;
      else if ('items' in rule && typeof rule.items === 'object')
        copy[key] = Array.isArray(field) ? field.map((item, i) => prune(item, rule.items as Shape, `${place}[${i}]`)) : field;
      else copy[key] = prune(field, rule as Shape, place);
    }
    return copy;
  };
  return { value: prune(input, datasetShape, ''), warnings };
}
