import type { DatasetError } from './dataset';
import type { DatasetInput } from './schema';

type Collection = 'actors' | 'benefitTypes' | 'outlets' | 'speakers' | 'claims';

const singular: Readonly<Record<Collection, string>> = {
  actors: 'actor',
  benefitTypes: 'benefit type',
  outlets: 'outlet',
  speakers: 'speaker',
  claims: 'claim',
};

function collectIds(
  data: DatasetInput,
  collection: Collection,
  errors: DatasetError[],
): Set<string> {
  const firstSeen = new Map<string, number>();
  data[collection].forEach((item, i) => {
    const first = firstSeen.get(item.id);
    if (first === undefined) firstSeen.set(item.id, i);
    else
      errors.push({
        path: `${collection}[${i}].id`,
        message: `"${item.id}" is a duplicate id (${collection}[${first}] has it too)`,
      });
  });
  return new Set(firstSeen.keys());
}

/**
 * Referential integrity, which a shape schema cannot express: ids are unique within each list,
 * and every id a claim or citation uses names something that exists.
 */
export function checkReferences(data: DatasetInput): DatasetError[] {
  const errors: DatasetError[] = [];
  const known: Record<Collection, Set<string>> = {
    actors: collectIds(data, 'actors', errors),
    benefitTypes: collectIds(data, 'benefitTypes', errors),
    outlets: collectIds(data, 'outlets', errors),
    speakers: collectIds(data, 'speakers', errors),
    claims: collectIds(data, 'claims', errors),
  };
  const expectKnown = (path: string, id: string, collection: Collection) => {
    if (!known[collection].has(id))
      errors.push({ path, message: `"${id}" is not a known ${singular[collection]}` });
  };

  const toured = new Map<string, number>();
  data.meta.tour?.forEach((actor, i) => {
    expectKnown(`meta.tour[${i}]`, actor, 'actors');
    const first = toured.get(actor);
    if (first === undefined) toured.set(actor, i);
    else errors.push({ path: `meta.tour[${i}]`, message: `"${actor}" is already in the tour (meta.tour[${first}])` });
  });

  data.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    expectKnown(`${at}.beneficiary`, claim.beneficiary, 'actors');
    if (claim.provider !== undefined) {
      expectKnown(`${at}.provider`, claim.provider, 'actors');
      if (claim.provider === claim.beneficiary)
        errors.push({ path: `${at}.provider`, message: 'must differ from the beneficiary' });
    }
    expectKnown(`${at}.benefitType`, claim.benefitType, 'benefitTypes');
    claim.citations.forEach((citation, j) => {
      expectKnown(`${at}.citations[${j}].outlet`, citation.outlet, 'outlets');
      if (citation.speaker !== undefined)
        expectKnown(`${at}.citations[${j}].speaker`, citation.speaker, 'speakers');
    });
  });
  return errors;
}
