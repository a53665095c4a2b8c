import { checkReferences } from './checkReferences';
import { indexById, type ParseResult } from './dataset';
import { describeIssue } from './describeIssue';
import { formatPath } from './formatPath';
import { datasetSchema } from './schema';

/**
 * The one gate every dataset passes through, whatever its source: the bundled file, an import,
 * a paste. Returns a typed, indexed dataset, or every problem found, each with its JSON path.
 */
export function parseDataset(input: unknown): ParseResult {
  const parsed = datasetSchema.safeParse(input, { error: describeIssue });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const data = parsed.data;
  const referenceErrors = checkReferences(data);
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors };
  return {
    ok: true,
    dataset: {
      ...data,
      index: {
        actors: indexById(data.actors),
        benefitTypes: indexById(data.benefitTypes),
        outlets: indexById(data.outlets),
        speakers: indexById(data.speakers),
        claims: indexById(data.claims),
      },
    },
  };
}
