import type { DatasetError } from '../model/dataset';
import { closestId } from './closestId';
import type { ImportProblem } from './importProblem';

const collections: Readonly<Record<string, string>> = {
  actor: 'actors',
  'benefit type': 'benefitTypes',
  outlet: 'outlets',
  speaker: 'speakers',
};

/** The ids a parsed file declares in one of its lists, read defensively: the file is not valid yet. */
function declaredIds(input: unknown, collection: string): string[] {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, collection)) return [];
  const list: unknown = (input as Record<string, unknown>)[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [],
  );
}

/**
 * parseDataset's findings as report lines, each with a way to fix it: an unknown reference gets
 * the nearest declared id (`"acme-corp" matches no actor; did you mean "acme"?`).
 */
export function explainDatasetErrors(errors: readonly DatasetError[], input: unknown): ImportProblem[] {
  return errors.map((error) => {
    const unknown = /^"(.*)" is not a known (actor|benefit type|outlet|speaker|claim)$/.exec(error.message);
    if (unknown !== null) {
      const [, id = '', noun = ''] = unknown;
      const collection = collections[noun] ?? '';
      const near = closestId(id, declaredIds(input, collection));
      return {
        code: 'unknown-reference',
        place: error.path,
        message: `"${id}" matches no ${noun}${near === undefined ? '' : `; did you mean "${near}"?`}`,
        hint: `Use the id of one of the entries in "${collection}", or add one with this id.`,
        severity: 'error',
      };
    }
    return { code: 'invalid', place: error.path || 'the file', message: error.message, severity: 'error' };
  });
}
