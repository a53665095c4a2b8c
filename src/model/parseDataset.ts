import { checkReferences } from './checkReferences';
import type { ParseResult } from './dataset';
import { describeIssue } from './describeIssue';
import { formatPath } from './formatPath';
import { indexDataset } from './indexDataset';
import { datasetSchema } from './schema';

/**
 * The one gate every dataset passes through, whatever its source: the bundled file (at build
 * time), an import, a paste. Returns a typed, indexed dataset, or every problem found, each with
 * its JSON path.
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
  const referenceErrors = checkReferences(parsed.data);
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors };
  return { ok: true, dataset: indexDataset(parsed.data) };
}
