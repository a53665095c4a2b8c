import { dataParam } from './dataParam';

/** The `dataset` parameter: which stored story a link opens (absent for the bundled one). */
export const datasetParam = 'dataset';

export function readDatasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get(datasetParam)?.trim() ?? '';
  return /^[a-z0-9][a-z0-9-]{0,99}$/.test(value) ? value : null;
}

/**
 * Writes (or, for the bundled story, removes) the parameter, keeping the rest of the address but
 * a `?data=` link's: another story is on screen now, and a reload must show it, not the link's file.
 */
export function writeDatasetParam(id: string | null, win: Window = window): void {
  const url = new URL(win.location.href);
  url.searchParams.delete(dataParam);
  if (id === null) url.searchParams.delete(datasetParam);
  else url.searchParams.set(datasetParam, id);
  const next = `${url.pathname}${url.search.replace(/%2C/gi, ',')}${url.hash}`;
  if (next === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
  try {
    win.history.replaceState(win.history.state, '', next);
  } catch {
    // An opaque origin may not rewrite its address; the story still shows.
  }
}

/** The address with a `?data=` link to a file on the web in place of a stored story's `?dataset=`. */
export function withDataParam(href: string, address: string): string {
  const url = new URL(href);
  url.searchParams.delete(datasetParam);
  url.searchParams.set(dataParam, address);
  return url.href;
}
