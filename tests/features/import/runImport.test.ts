import { afterEach, describe, expect, it, vi } from 'vitest';
import { runLinkImport } from '../../../src/features/import/runImport';

const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme,Water,gain,Acme gets water.,Daily,clean water\n';

afterEach(() => vi.unstubAllGlobals());

describe('runLinkImport', () => {
  it('downloads the file and reads it like one from disk (here on this thread: jsdom has no workers)', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(csv))));
    const stages: string[] = [];
    const opened = await runLinkImport('https://gist.example.org/raw/acme.csv', (stage) => stages.push(stage)).result;
    expect(opened?.outcome.ok).toBe(true);
    expect(opened?.story?.dataset.actors.map((a) => a.name)).toEqual(['Acme']);
    expect(opened?.story?.layout.size).toBeGreaterThan(0);
    expect(stages[0]).toBe('reading');
  });

  it('answers with the story’s nodes placed and its links to follow: straight first, routed curves after', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(csv))));
    const running = runLinkImport('https://gist.example.org/raw/acme.csv', () => undefined);
    const opened = await running.result;
    expect(opened?.story?.routes.size).toBe(0);
    expect(opened?.story?.graph?.links.map((l) => l.id)).toEqual(['gains|actor:acme|benefit:water']);
    const routes = await running.routes;
    expect([...(routes?.keys() ?? [])]).toEqual(['gains|actor:acme|benefit:water']);
    expect(routes?.get('gains|actor:acme|benefit:water')).toMatch(/^M[-\d.,]+C/);
  });

  it('has no routes to follow a refused file', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('not,a,story\n1,2,3\n'))));
    const running = runLinkImport('https://example.org/bad.csv', () => undefined);
    expect((await running.result)?.outcome.ok).toBe(false);
    expect(await running.routes).toBeNull();
  });

  it('answers with the refusal when the download fails, with no story', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const opened = await runLinkImport('https://example.org/a.csv', () => undefined).result;
    expect(opened).toMatchObject({ outcome: { ok: false, problems: [{ code: 'fetch-failed' }] }, story: null });
  });

  it('stops a download under way: the request is aborted and the result is null at once', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal('fetch', vi.fn((_: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    }));
    const running = runLinkImport('https://example.org/slow.csv', () => undefined);
    await vi.waitFor(() => expect(signal).toBeDefined());
    running.cancel();
    expect(await running.result).toBeNull();
    expect(await running.routes).toBeNull();
    expect(signal?.aborted).toBe(true);
  });
});
