import type { ViewState } from '../model/viewState';

/** The `data` parameter: the address of a JSON or CSV file on the web for a link to open. */
export const dataParam = 'data';

/** A link's `?data=`: the file's address, and the view the link asks for in that story. */
export interface DataLink {
  readonly address: string;
  readonly view: ViewState;
}

/** The address a link names, as written (the import checks it is a web address), or null. */
export function readDataParam(search: string): string | null {
  const value = new URLSearchParams(search).get(dataParam)?.trim() ?? '';
  return value === '' ? null : value;
}

