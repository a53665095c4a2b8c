import { describe, expect, it, vi } from 'vitest';
import { fetchDataset } from '../../src/io/fetchDataset';
import { maxFileBytes } from '../../src/io/readDataset';

const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme,Water,gain,Acme gets water.,Daily,clean water\n';

describe('fetchDataset', () => {
  it('reads a CSV from a web address, anonymously', async () => {
    const fetchFile = vi.fn(() => Promise.resolve(new Response(csv, { status: 200 })));
    const outcome = await fetchDataset('https://gist.example.org/raw/acme.csv', fetchFile);
    expect(outcome.ok && outcome.dataset.meta.title).toBe('acme');
    expect(fetchFile).toHaveBeenCalledWith('https://gist.example.org/raw/acme.csv', { credentials: 'omit', mode: 'cors' });
  });

  it('never fetches anything but http and https', async () => {
    const fetchFile = vi.fn();
    for (const address of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/csv,a', 'not a url'])
      expect(await fetchDataset(address, fetchFile)).toMatchObject({ ok: false, problems: [{ code: 'bad-link' }] });
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('says what went wrong: CORS or an unreachable host, an error status, a file too large', async () => {
    const cors = await fetchDataset('https://example.org/a.csv', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(cors).toMatchObject({ ok: false, problems: [{ code: 'fetch-failed', message: expect.stringContaining('CORS') }] });
    const missing = await fetchDataset('https://example.org/a.csv', () => Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' })));
    expect(missing).toMatchObject({ ok: false, problems: [{ code: 'fetch-status', message: expect.stringContaining('404') }] });
    const big = new Response('x', { headers: { 'content-length': String(maxFileBytes + 1) } });
    expect(await fetchDataset('https://example.org/a.csv', () => Promise.resolve(big))).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
  });
});
