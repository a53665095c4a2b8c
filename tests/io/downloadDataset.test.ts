import { describe, expect, it, vi } from 'vitest';
import { downloadDataset } from '../../src/io/downloadDataset';
import { maxFileBytes, readDataset } from '../../src/io/readDataset';

const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme,Water,gain,Acme gets water.,Daily,clean water\n';

describe('downloadDataset', () => {
  it('downloads a CSV from a web address, anonymously, for the import pipeline', async () => {
    const fetchFile = vi.fn(() => Promise.resolve(new Response(csv, { status: 200 })));
    const download = await downloadDataset('https://gist.example.org/raw/acme.csv', fetchFile);
    if (!download.ok) throw new Error('not downloaded');
    expect(download.source).toMatchObject({ name: 'acme.csv', size: csv.length });
    const outcome = await readDataset(download.source);
    expect(outcome.ok && outcome.dataset.meta.title).toBe('acme');
    expect(fetchFile).toHaveBeenCalledWith('https://gist.example.org/raw/acme.csv', { credentials: 'omit', mode: 'cors' });
  });

  it('never fetches anything but http and https', async () => {
    const fetchFile = vi.fn();
    for (const address of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/csv,a', 'not a url'])
      expect(await downloadDataset(address, fetchFile)).toMatchObject({ ok: false, outcome: { ok: false, problems: [{ code: 'bad-link' }] } });
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('says what went wrong: CORS or an unreachable host, an error status, a file too large', async () => {
    const cors = await downloadDataset('https://example.org/a.csv', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(cors).toMatchObject({ ok: false, outcome: { problems: [{ code: 'fetch-failed', message: expect.stringContaining('CORS') }] } });
    const missing = await downloadDataset('https://example.org/a.csv', () => Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' })));
    expect(missing).toMatchObject({ ok: false, outcome: { problems: [{ code: 'fetch-status', message: expect.stringContaining('404') }] } });
    const big = new Response('x', { headers: { 'content-length': String(maxFileBytes + 1) } });
    expect(await downloadDataset('https://example.org/a.csv', () => Promise.resolve(big))).toMatchObject({ ok: false, outcome: { problems: [{ code: 'too-large' }] } });
  });

  it('names a refused link as written, cut short and with controls made visible', async () => {
    const refused = await downloadDataset(`javascript:alert(1)//\u202E${'x'.repeat(100)}`, vi.fn());
    if (refused.ok) throw new Error('opened');
    const [problem] = refused.outcome.ok ? [] : refused.outcome.problems;
    expect(problem?.message).toBe(`The data link "javascript:alert(1)//\uFFFD${'x'.repeat(57)}…" is not an http: or https: address, so it was not opened.`);
  });

  it('gives up on a host that stops sending, or takes too long, with a message that says which', async () => {
    const limits = { stallMs: 30, totalMs: 200 };
    // Headers, then nothing: the body never ends.
    const stalled = () => Promise.resolve(new Response(new ReadableStream({ pull: () => new Promise(() => undefined) })));
    expect(await downloadDataset('https://slow.example/a.csv', stalled, undefined, limits)).toMatchObject({
      ok: false,
      outcome: { problems: [{ code: 'fetch-stalled', message: expect.stringMatching(/^slow\.example\/a\.csv stopped sending the file: nothing arrived for \d+ seconds\.$/) as string }] },
    });
    // A byte now and then, for ever: never stalled, never done.
    let cancelled = false;
    const trickle = () =>
      Promise.resolve(new Response(new ReadableStream({
        pull: (controller) => new Promise<void>((resolve) => setTimeout(() => {
          if (!cancelled) controller.enqueue(new Uint8Array([65]));
          resolve();
        }, 5)),
        cancel: () => {
          cancelled = true;
        },
      })));
    expect(await downloadDataset('https://slow.example/a.csv', trickle, undefined, limits)).toMatchObject({ ok: false, outcome: { problems: [{ code: 'fetch-too-slow' }] } });
    // The download is let go of: the host is told to stop.
    expect(cancelled).toBe(true);
  });

  it('stops a body that grows past the size limit, whatever its headers said', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const endless = () => Promise.resolve(new Response(new ReadableStream({ pull: (controller) => {
      sent += 1;
      controller.enqueue(chunk);
    } })));
    expect(await downloadDataset('https://big.example/a.csv', endless)).toMatchObject({ ok: false, outcome: { problems: [{ code: 'too-large' }] } });
    expect(sent).toBeLessThan(maxFileBytes / chunk.length + 3);
  });
});
