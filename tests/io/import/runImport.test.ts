import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport, runLinkImport } from '../../../src/io/import/runImport';
import { keepArrangement } from '../../../src/layout/keptArrangement';
import type { DatasetSource } from '../../../src/io/readDataset';
import { routeGraph } from '../../../src/layout/layoutDataset';
import type * as LayoutModule from '../../../src/layout/layoutDataset';

// Counted, still routing: a stopped import must not spend the seconds a large story's routing takes.
vi.mock('../../../src/layout/layoutDataset', async (importActual) => {
  const actual = await importActual<typeof LayoutModule>();
  return { ...actual, routeGraph: vi.fn(actual.routeGraph) };
});

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

const csvSource = (): DatasetSource => {
  const bytes = new TextEncoder().encode(csv);
  return { name: 'acme.csv', size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.buffer) };
};

describe('runImport (here on this thread: jsdom has no workers)', () => {
  it('routes nothing after Cancel, even once the story is out', async () => {
    vi.mocked(routeGraph).mockClear();
    const running = runImport(csvSource(), () => undefined);
    expect((await running.result)?.story).not.toBeNull();
    running.cancel();
    expect(await running.routes).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(routeGraph).not.toHaveBeenCalled();
    // Not stopped, it routes.
    await runImport(csvSource(), () => undefined).routes;
    expect(routeGraph).toHaveBeenCalledTimes(1);
  });

  it('reopens a stored story in the arrangement it was kept with: nothing laid out or routed again', async () => {
    const first = runImport(csvSource(), () => undefined);
    const story = (await first.result)?.story;
    const routes = await first.routes;
    if (story == null || routes === null) throw new Error('the file did not open');
    const moved = new Map([...story.layout].map(([id, p]) => [id, { x: p.x + 500, y: p.y - 500 }]));
    const again = runImport(csvSource(), () => undefined, { arrangement: keepArrangement(moved, routes) });
    const reopened = await again.result;
    expect(reopened?.routed).toBe(true);
    expect(reopened?.story?.layout).toEqual(moved);
    expect(reopened?.story?.routes).toEqual(routes);
    // Nothing follows: the curves came with the story.
    vi.mocked(routeGraph).mockClear();
    expect(await again.routes).toBeNull();
    expect(routeGraph).not.toHaveBeenCalled();
  });
});
