import type { StoryOrigin } from '../model/storyOrigin';
import { dataParam } from './dataParam';

/** The `dataset` parameter: which stored story a link opens (absent for the bundled one). */
export const datasetParam = 'dataset';

/**
 * The stored story a link names, as written (or null): whether this browser keeps one by that
 * name is for the shelf to say, and a name it does not keep, even `__proto__`, gets a notice.
 */
export function readDatasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get(datasetParam)?.trim() ?? '';
  return value === '' ? null : value;
}

/**
 * The query string with the parameters that name where the story comes from: `?dataset=` for a
 * stored story, `?data=` for a link's file, neither otherwise (a reload then shows the built-in
 * story, never a file other than the one on screen). The rest is kept as it is.
 */
export function encodeOrigin(origin: StoryOrigin, search: string): string {
  const params = new URLSearchParams(search);
  const [dataset, data] = [params.get(datasetParam), params.get(dataParam)];
  const wanted = origin.kind === 'stored' ? [origin.id, null] : origin.kind === 'link' ? [null, origin.address] : [null, null];
  // Unchanged, the query stays exactly as written: a link's own spelling is not rewritten.
  if (dataset === wanted[0] && data === wanted[1]) return search;
  params.delete(datasetParam);
  params.delete(dataParam);
  if (origin.kind === 'stored') params.set(datasetParam, origin.id);
  if (origin.kind === 'link') params.set(dataParam, origin.address);
  const query = params.toString().replace(/%2C/gi, ',');
  return query === '' ? '' : `?${query}`;
}

/** The address with a `?data=` link to a file on the web in place of a stored story's `?dataset=`. */
export function withDataParam(href: string, address: string): string {
  const url = new URL(href);
  url.searchParams.delete(datasetParam);
  url.searchParams.set(dataParam, address);
  return url.href;
}
