import type { core } from 'zod/mini';

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

/**
 * A plain-English sentence for one zod issue, for readers who have never heard of zod. Used as the
 * parse-time error map, so messages written into the schema itself still take precedence.
 */
export function describeIssue(issue: core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (input === undefined) return `is missing (expected ${expected})`;
      return `should be ${expected}, but is ${describeValue(input)}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string')
        return `is ${input.length.toLocaleString('en')} characters long; the most is ${issue.maximum.toLocaleString('en')}: shorten it`;
      return undefined;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but is ${describeValue(input)}`;
    default:
      return undefined;
  }
}
