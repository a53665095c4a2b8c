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
});
