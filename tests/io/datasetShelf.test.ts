import 'fake-indexeddb/auto';
import { createStore, del, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryDatasetShelf, openDatasetShelf, type DatasetShelf } from '../../src/io/datasetShelf';
import { asStoredAs, storedCopySource } from '../../src/io/storedCopySource';
import { readDataset } from '../../src/io/readDataset';
import { datasetToJson } from '../../src/io/datasetToJson';
import { bundledDataset, tinyDataset } from '../fixtures/datasets';
import { keepArrangement } from '../../src/layout/keptArrangement';
import { placeDataset, routeGraph } from '../../src/layout/layoutDataset';

/** A stored copy read back through the import pipeline, as the app does (there, in a worker). */
async function reopen(shelf: DatasetShelf, id: string) {
  const copy = await shelf.read(id);
  if (copy === null) throw new Error(`${id} is not stored`);
  return readDataset(storedCopySource(copy));
}

describe('the dataset shelf', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps imported stories in IndexedDB, lists them newest first, and loads them again', async () => {
    const shelf = await openDatasetShelf();
    expect(shelf.persistent).toBe(true);
    const saved = await shelf.save(tinyDataset(), ['nk-russia-2023']);
    expect(saved).toMatchObject({ ok: true, replaced: false, entry: { id: 'tiny' } });
    const again = await shelf.save(tinyDataset(), ['nk-russia-2023']);
    expect(again).toMatchObject({ ok: true, replaced: true });
    // A story with the bundled story's id is kept beside it, never over it.
    expect(await shelf.save(bundledDataset(), ['nk-russia-2023'])).toMatchObject({ ok: true, entry: { id: 'nk-russia-2023-copy' } });
    const reopened = await openDatasetShelf();
    expect((await reopened.list()).map((e) => e.id).sort()).toEqual(['nk-russia-2023-copy', 'tiny']);
    const loaded = await reopen(reopened, 'tiny');
    expect(loaded.ok && loaded.dataset.claims).toEqual(tinyDataset().claims);
    await reopened.remove('tiny');
    expect(await reopened.read('tiny')).toBeNull();
  });

  it('keeps a stored copy that no longer opens as it is, to be downloaded', async () => {
    const store = createStore('who-gains', 'datasets');
    const broken = JSON.stringify({ schemaVersion: 1, meta: { title: 'Broken' } });
    await set('broken', { id: 'broken', title: 'Broken', savedAt: 1, json: broken }, store);
    const shelf = await openDatasetShelf();
    expect(await shelf.read('broken')).toEqual({ entry: { id: 'broken', title: 'Broken', savedAt: 1 }, json: broken });
    const loaded = await reopen(shelf, 'broken');
    expect(!loaded.ok && loaded.problems.map((p) => p.place)).toContain('meta.description');
    expect((await shelf.list()).map((e) => e.id)).toContain('broken');
  });

  it('lists stories from its catalogue, mending it when a record was kept without it or lost', async () => {
    const store = createStore('who-gains', 'datasets');
    const shelf = await openDatasetShelf();
    await shelf.save(tinyDataset(), []);
    // Kept by a version of the app before the catalogue: listed all the same.
    await set('older', { id: 'older', title: 'Older', savedAt: 2, json: datasetToJson(tinyDataset()) }, store);
    expect((await shelf.list()).map((e) => e.id)).toEqual(expect.arrayContaining(['tiny', 'older']));
    // Written back, so that the next listing reads no record.
    expect(await get(['catalogue'], store)).toEqual(expect.arrayContaining([{ id: 'older', title: 'Older', savedAt: 2 }]));
    // A catalogue entry whose record is gone is not offered.
    await del('tiny', store);
    expect((await shelf.list()).map((e) => e.id)).not.toContain('tiny');
    await shelf.remove('older');
    expect((await shelf.list()).map((e) => e.id)).not.toContain('older');
  });

  it('stores the JSON it is given as it is, and opens it under the id it was kept as', async () => {
    const shelf = await openDatasetShelf();
    const tiny = tinyDataset();
    const json = datasetToJson(tiny);
    const saved = await shelf.save({ ...tiny, meta: { ...tiny.meta, id: 'nk-russia-2023' } }, ['nk-russia-2023'], json);
    expect(saved).toMatchObject({ ok: true, entry: { id: 'nk-russia-2023-copy' } });
    expect(await get('nk-russia-2023-copy', createStore('who-gains', 'datasets'))).toMatchObject({ json });
    const loaded = await reopen(shelf, 'nk-russia-2023-copy');
    if (!loaded.ok) throw new Error('the stored copy does not open');
    expect(asStoredAs(loaded.dataset, 'nk-russia-2023-copy').meta.id).toBe('nk-russia-2023-copy');
    expect('id' in loaded.dataset.meta).toBe(false);
  });

  it('keeps a story’s arrangement beside it until the story is saved again or deleted', async () => {
    const shelf = await openDatasetShelf();
    const { graph, layout } = placeDataset(tinyDataset());
    const arrangement = keepArrangement(layout, routeGraph(graph, layout));
    await shelf.save(tinyDataset(), []);
    expect((await shelf.read('tiny'))?.arrangement).toBeUndefined();
    await shelf.arrange('tiny', arrangement);
    expect((await openDatasetShelf().then((s) => s.read('tiny')))?.arrangement).toEqual(arrangement);
    // Listed once, as a story, never as one of its own.
    expect((await shelf.list()).map((e) => e.id).filter((id) => id === 'tiny')).toEqual(['tiny']);
    expect((await shelf.list()).every((e) => typeof e.id === 'string')).toBe(true);
    // A new version of the story may place its nodes elsewhere.
    await shelf.save(tinyDataset(), []);
    expect((await shelf.read('tiny'))?.arrangement).toBeUndefined();
    await shelf.arrange('tiny', arrangement);
    await shelf.remove('tiny');
    await shelf.save(tinyDataset(), []);
    expect((await shelf.read('tiny'))?.arrangement).toBeUndefined();
    // Nothing is kept for a story that is not stored.
    await shelf.arrange('never-saved', arrangement);
    expect(await get(['arrangement', 'never-saved'], createStore('who-gains', 'datasets'))).toBeUndefined();
    const memory = memoryDatasetShelf();
    await memory.arrange('tiny', arrangement);
    await memory.save(tinyDataset(), []);
    expect((await memory.read('tiny'))?.arrangement).toBeUndefined();
    await memory.arrange('tiny', arrangement);
    expect((await memory.read('tiny'))?.arrangement).toEqual(arrangement);
  });

  it('falls back to this page only when IndexedDB throws or is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const shelf = await openDatasetShelf();
    expect(shelf.persistent).toBe(false);
    await shelf.save(tinyDataset(), []);
    expect((await shelf.list()).map((e) => e.id)).toEqual(['tiny']);
    expect(memoryDatasetShelf().persistent).toBe(false);
  });
});
