import type { ImportProblem } from './importProblem';
import { maxFileBytes, type DatasetSource, type ImportOutcome } from './readDataset';

const refused = (code: string, message: string, hint: string): Download => {
  const problem: ImportProblem = { code, place: 'the link', message, hint, severity: 'error' };
  return { ok: false, outcome: { ok: false, problems: [problem], total: 1 } };
};

/** Only web addresses: a link must never make the page read `file:`, `data:` or `javascript:` URLs. */
export function dataUrlOf(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The file's name as the address gives it (`acme%20water.csv` is "acme water.csv"), or the host. */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url.host;
  } catch {
    // A stray `%` that decodes to nothing: the name as written.
    return last || url.host;
  }
}

/** A download: the file, to go through the same pipeline as one opened from disk, or why there is none. */
export type Download = { readonly ok: true; readonly source: DatasetSource } | { readonly ok: false; readonly outcome: ImportOutcome };

/**
 * A dataset file from a web address (`?data=`). The download is anonymous (no cookies), and a
 * host that does not let other sites read its files (no CORS header) gets a message that says
 * so, since the browser gives the page no more detail than that.
 */
export async function downloadDataset(address: string, fetchFile: typeof fetch = fetch, signal?: AbortSignal): Promise<Download> {
  const url = dataUrlOf(address);
  if (url === null) return refused('bad-link', 'The data link must be an http: or https: address.', 'Copy the address of the file itself, starting with https://.');
  let response: Response;
  try {
    response = await fetchFile(url.href, signal === undefined ? { credentials: 'omit', mode: 'cors' } : { credentials: 'omit', mode: 'cors', signal });
  } catch {
    return refused(
      'fetch-failed',
      `Could not download ${url.host}${url.pathname}: the host is unreachable, or it does not let other sites read its files (CORS).`,
      'Use a host that allows it: on GitHub, the file\u2019s "Raw" address; for a Gist, its raw address. Or download the file and use Open data….',
    );
  }
  if (!response.ok) return refused('fetch-status', `The host answered ${response.status} ${response.statusText} for ${url.pathname}.`, 'Check that the address opens the file in a browser tab.');
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxFileBytes) return refused('too-large', `The file is ${(declared / 1024 / 1024).toFixed(1)} MB; the limit is ${maxFileBytes / 1024 / 1024} MB.`, 'Split the story, or remove what it does not need.');
  const blob = await response.blob();
  const name = fileNameOf(url);
  return { ok: true, source: { name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() } };
}
