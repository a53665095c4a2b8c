import { quoteForNotice } from '../model/viewState';
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
 * How long a download may take: a host that sends nothing for `stallMs`, or has not finished
 * after `totalMs`, is given up on (a 10 MB file takes seconds even on a school's slow line).
 */
export interface DownloadLimits {
  readonly stallMs: number;
  readonly totalMs: number;
}
export const downloadLimits: DownloadLimits = { stallMs: 20_000, totalMs: 90_000 };

function joined(chunks: readonly Uint8Array[], size: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} seconds`;

/**
 * The body, read as it arrives, so that a host that stalls, trickles or sends more than it
 * declared is stopped at the limit rather than waited on forever.
 */
async function readBody(response: Response, where: string, limits: DownloadLimits): Promise<ArrayBuffer | Download> {
  const reader = response.body?.getReader();
  if (reader === undefined) return response.arrayBuffer();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const deadline = Date.now() + limits.totalMs;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = Math.min(limits.stallMs, Math.max(0, deadline - Date.now()));
    const timedOut = new Promise<'stalled' | 'too-slow'>((resolve) => {
      timer = setTimeout(() => resolve(Date.now() >= deadline ? 'too-slow' : 'stalled'), wait);
    });
    let next: ReadableStreamReadResult<Uint8Array> | 'stalled' | 'too-slow';
    try {
      next = await Promise.race([reader.read(), timedOut]);
    } catch {
      return refused('fetch-failed', `The download from ${where} broke off before the end of the file.`, 'Try the link again; if it keeps failing, download the file and use Open data….');
    } finally {
      clearTimeout(timer);
    }
    if (next === 'stalled' || next === 'too-slow') {
      void reader.cancel().catch(() => undefined);
      return next === 'stalled'
        ? refused('fetch-stalled', `${where} stopped sending the file: nothing arrived for ${seconds(limits.stallMs)}.`, 'Try the link again later, or download the file and use Open data….')
        : refused('fetch-too-slow', `${where} had not finished sending the file after ${seconds(limits.totalMs)}.`, 'Try again on a faster connection, or download the file and use Open data….');
    }
    if (next.done) return joined(chunks, size);
    size += next.value.byteLength;
    if (size > maxFileBytes) {
      void reader.cancel().catch(() => undefined);
      return refused('too-large', `The file is over ${maxFileBytes / 1024 / 1024} MB, the limit.`, 'Split the story, or remove what it does not need.');
    }
    chunks.push(next.value);
  }
}

/**
 * A dataset file from a web address (`?data=`). The download is anonymous (no cookies), bounded
 * in size and time, and a failure says what it can: the browser tells the page no more than
 * "failed" for an unreachable host, a host that does not let other sites read its files (no CORS
 * header) and a redirect to an address that is not on the web alike.
 */
export async function downloadDataset(address: string, fetchFile: typeof fetch = fetch, signal?: AbortSignal, limits: DownloadLimits = downloadLimits): Promise<Download> {
  const url = dataUrlOf(address);
  if (url === null)
    return refused('bad-link', `The data link ${quoteForNotice(address, 80)} is not an http: or https: address, so it was not opened.`, 'Copy the address of the file itself, starting with https://.');
  const where = `${url.host}${url.pathname}`;
  let response: Response;
  try {
    response = await fetchFile(url.href, signal === undefined ? { credentials: 'omit', mode: 'cors' } : { credentials: 'omit', mode: 'cors', signal });
  } catch {
    return refused(
      'fetch-failed',
      `Could not download ${where}: the host is unreachable, it does not let other sites read its files (CORS), or it sent the browser to an address that is not a web address.`,
      'Use a host that allows it: on GitHub, the file\u2019s "Raw" address; for a Gist, its raw address. Or download the file and use Open data….',
    );
  }
  if (!response.ok) return refused('fetch-status', `The host answered ${response.status} ${response.statusText} for ${url.pathname}.`, 'Check that the address opens the file in a browser tab.');
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxFileBytes) return refused('too-large', `The file is ${(declared / 1024 / 1024).toFixed(1)} MB; the limit is ${maxFileBytes / 1024 / 1024} MB.`, 'Split the story, or remove what it does not need.');
  const body = await readBody(response, where, limits);
  if ('ok' in body) return body;
  const name = fileNameOf(url);
  return { ok: true, source: { name, size: body.byteLength, arrayBuffer: () => Promise.resolve(body.slice(0)) } };
}
