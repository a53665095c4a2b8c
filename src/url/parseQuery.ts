/** Longer query strings are read only this far: no view needs more, and a 100 KB link is an attack or an accident. */
export const maxQueryLength = 4096;

export interface ParsedQuery {
  /** Each parameter's values in order. A Map, so a name like `__proto__` is just data. */
  readonly params: ReadonlyMap<string, readonly string[]>;
  /** Parts whose percent-encoding is invalid, as written, skipped whole. */
  readonly malformed: readonly string[];
  /** Whether the query was longer than `maxQueryLength` and its tail skipped. */
  readonly truncated: boolean;
}

const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));

/**
 * Reads a query string strictly, unlike URLSearchParams, which turns invalid percent-encoding
 * into U+FFFD without a word: here such a part is reported, so the reader can be told.
 */
export function parseQuery(search: string): ParsedQuery {
  let query = search.startsWith('?') ? search.slice(1) : search;
  const truncated = query.length > maxQueryLength;
  if (truncated) query = query.slice(0, Math.max(0, query.lastIndexOf('&', maxQueryLength)));
  const params = new Map<string, string[]>();
  const malformed: string[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawName = equals === -1 ? part : part.slice(0, equals);
    const rawValue = equals === -1 ? '' : part.slice(equals + 1);
    try {
      const name = decode(rawName);
      const values = params.get(name) ?? [];
      values.push(decode(rawValue));
      params.set(name, values);
    } catch {
      malformed.push(part);
    }
  }
  return { params, malformed, truncated };
}
