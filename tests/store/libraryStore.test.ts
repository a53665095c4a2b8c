import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore as createIdbStore, set as idbSet } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryDatasetShelf, openDatasetShelf, type DatasetShelf } from '../../src/io/datasetShelf';
import type { OpenedDataset } from '../../src/io/import/openDataset';
import type { RunningImport } from '../../src/io/import/runImport';
import { readDataset } from '../../src/io/readDataset';
import { createExplorerStore } from '../../src/store/explorerStore';
import { activeStoryId, createLibraryStore } from '../../src/store/libraryStore';
import { defaultView } from '../../src/model/viewState';
import { bundledStory, tinyDataset, tinyStory } from '../fixtures/datasets';

/** Imports whose answers the test gives (in the app, a worker's), or that read the copy for real. */
interface Pending {
  answer(opened: OpenedDataset): void;
  readonly cancel: ReturnType<typeof vi.fn>;
  readonly arrangement: unknown;
  readonly source: { arrayBuffer(): Promise<ArrayBuffer>; name: string; size: number };
}
const pending: Pending[] = [];

vi.mock('../../src/io/import/runImport', () => ({
  runLinkImport: vi.fn(),
  runImport: vi.fn((source: Pending['source'], _onStage: unknown, options?: { arrangement?: unknown }): RunningImport => {
    let answer: Pending['answer'] = () => undefined;
    const result = new Promise<OpenedDataset | null>((resolve) => {
      answer = resolve;
    });
    const cancel = vi.fn();
    pending.push({ answer, cancel, arrangement: options?.arrangement, source });
    return { result, routes: new Promise(() => undefined), json: Promise.resolve(undefined), cancel };
  }),
}));

/** Answers the oldest pending import with what the real pipeline makes of its file. */
async function answerForReal() {
  const task = pending.shift();
  if (task === undefined) throw new Error('no import is pending');
  const outcome = await readDataset(task.source);
  const tiny = tinyStory();
  task.answer(outcome.ok ? { outcome, story: { ...tiny, dataset: outcome.dataset } } : { outcome, story: null });
}

const untilIdle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // A fresh, empty IndexedDB for each test, as a new browser profile.
  vi.stubGlobal('indexedDB', new IDBFactory());
  pending.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('the library store', () => {
  it('keeps an imported story in IndexedDB and names it as the origin; a later page opens it from a link', async () => {
    const explorer = createExplorerStore(bundledStory());
    const library = createLibraryStore(explorer);
    expect(library.getState().origin).toEqual({ kind: 'bundled' });
    await library.getState().connect();
    expect(library.getState().shelf?.persistent).toBe(true);
    explorer.getState().loadStory(tinyStory());
    expect(await library.getState().keep(tinyDataset())).toBe('tiny');
    expect(library.getState()).toMatchObject({ origin: { kind: 'stored', id: 'tiny' }, unkept: null, notice: expect.stringContaining('Kept in this browser') as string });
    expect(library.getState().entries.map((e) => e.id)).toEqual(['tiny']);

    // Another page load, with a link to it and a view that names an unknown actor.
    const next = createExplorerStore(bundledStory());
    const linked = createLibraryStore(next, { linked: { id: 'tiny', view: { ...defaultView, selected: { kind: 'actor', id: 'nobody' } } } });
    expect(activeStoryId(linked.getState())).toBe('tiny');
    const connecting = linked.getState().connect();
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    await answerForReal();
    await connecting;
    expect(next.getState().dataset.meta.title).toBe(tinyDataset().meta.title);
    expect(next.getState().dataset.meta.id).toBe('tiny');
    expect(linked.getState().viewIgnored).toEqual(['unknown actor "nobody"']);
  });

  it('names a link to a story this browser does not keep, even __proto__, and shows the built-in one', async () => {
    for (const id of ['missing', '__proto__', 'constructor']) {
      const explorer = createExplorerStore(bundledStory());
      const library = createLibraryStore(explorer, { linked: { id, view: defaultView } });
      await library.getState().connect();
      expect(library.getState().origin).toEqual({ kind: 'bundled' });
      expect(library.getState().notice).toBe(`No story "${id}" is kept in this browser, so the built-in story is shown.`);
      expect(explorer.getState().dataset.meta.id).toBe('nk-russia-2023');
    }
  });

  it('offers each kind of damaged record for download, as it is, and never calls it missing', async () => {
    const idb = createIdbStore('who-gains', 'datasets');
    const shelf = await openDatasetShelf();
    await shelf.save(tinyDataset(), []);
    // Overwritten with a string, in the developer tools or by another app on the same origin.
    await idbSet('tiny', 'not a record', idb);
    // A record whose JSON is no longer a dataset, and one that is not JSON at all.
    await idbSet('half', { id: 'half', title: 'Half', savedAt: 2, json: '{"schemaVersion":1}' }, idb);
    await idbSet('garbled', { id: 'garbled', title: 'Garbled', savedAt: 3, json: '{"schema' }, idb);
    // A catalogue and an arrangement that are not what they should be.
    await idbSet(['catalogue'], 'garbage', idb);
    await idbSet(['arrangement', 'half'], { layout: 'garbage' }, idb);

    for (const [id, title, json] of [['tiny', 'Tiny', 'not a record'], ['half', 'Half', '{"schemaVersion":1}'], ['garbled', 'Garbled', '{"schema']] as const) {
      const explorer = createExplorerStore(bundledStory());
      const library = createLibraryStore(explorer, { linked: { id, view: defaultView } });
      const connecting = library.getState().connect();
      await vi.waitFor(() => expect(pending).toHaveLength(1));
      await answerForReal();
      await connecting;
      const state = library.getState();
      expect(state.unopened).toMatchObject({ entry: { id }, json });
      expect(state.unopened?.problems.length).toBeGreaterThan(0);
      expect(state.notice).toContain('no longer opens');
      expect(state.notice).toContain(id === 'tiny' ? 'tiny' : title);
      expect(state.origin).toEqual({ kind: 'bundled' });
      expect(explorer.getState().dataset.meta.id).toBe('nk-russia-2023');
    }
  });

  it('says when the browser refuses storage or is full, and keeps the story on screen as not kept', async () => {
    const refusing: DatasetShelf = { ...memoryDatasetShelf(), persistent: true, save: () => Promise.resolve({ ok: false, reason: 'full' }) };
    const explorer = createExplorerStore(bundledStory());
    const library = createLibraryStore(explorer, { openShelf: () => Promise.resolve(refusing) });
    await library.getState().connect();
    explorer.getState().loadStory(tinyStory());
    expect(await library.getState().keep(tinyDataset())).toBe('not kept');
    expect(library.getState()).toMatchObject({ origin: { kind: 'unkept' }, unkept: tinyDataset(), notice: expect.stringContaining('storage is full') as string });

    // Private browsing: kept in this page only, and said so.
    const memory = createLibraryStore(explorer, { openShelf: () => Promise.resolve(memoryDatasetShelf()) });
    await memory.getState().connect();
    expect(await memory.getState().keep(tinyDataset())).toBe('tiny');
    expect(memory.getState()).toMatchObject({ origin: { kind: 'stored', id: 'tiny' }, notice: expect.stringContaining('Storage is blocked here') as string });
    expect(memory.getState().unkept).not.toBeNull();
  });

  it('lets the last story asked for win when an earlier one is still being read', async () => {
    const shelf = memoryDatasetShelf();
    await shelf.save(tinyDataset(), []);
    await shelf.save({ ...tinyDataset(), meta: { ...tinyDataset().meta, id: 'other', title: 'Other' } }, []);
    const explorer = createExplorerStore(bundledStory());
    const library = createLibraryStore(explorer, { openShelf: () => Promise.resolve(shelf) });
    await library.getState().connect();
    const first = library.getState().open('tiny');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const second = library.getState().open('other');
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    const [slow] = pending;
    // The later one answers first; the earlier one's answer, when it comes, changes nothing.
    pending.splice(0, 1);
    await answerForReal();
    await second;
    pending.unshift(slow!);
    await answerForReal();
    await first;
    expect(slow?.cancel).toHaveBeenCalled();
    expect(library.getState().origin).toEqual({ kind: 'stored', id: 'other' });
    expect(explorer.getState().dataset.meta.id).toBe('other');
  });

  it('opens a story with the arrangement it was kept with, and stops its routing when another story is shown', async () => {
    const explorer = createExplorerStore(bundledStory());
    const library = createLibraryStore(explorer, { openShelf: () => Promise.resolve(memoryDatasetShelf()) });
    await library.getState().connect();
    const tiny = tinyStory();
    // Kept, and once its curves are on screen, its arrangement with it.
    explorer.getState().loadStory(tiny);
    const id = await library.getState().keep(tiny.dataset);
    const shelf = library.getState().shelf;
    await vi.waitFor(async () => expect((await shelf?.read(id))?.arrangement).toBeDefined());

    explorer.getState().loadStory(bundledStory());
    const opening = library.getState().open(id);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const [task] = pending;
    expect(task?.arrangement).toEqual(await shelf?.read(id).then((copy) => copy?.arrangement));
    task?.answer({ outcome: { ok: true, dataset: tiny.dataset, format: 'json', warnings: [] }, story: tiny, routed: true });
    await opening;
    expect(explorer.getState().dataset.claims).toBe(tiny.dataset.claims);
    expect(task?.cancel).not.toHaveBeenCalled();
    await library.getState().open(null);
    expect(task?.cancel).toHaveBeenCalled();
    expect(library.getState().origin).toEqual({ kind: 'bundled' });
  });

  it('deletes a story, showing the built-in one when it was on screen', async () => {
    const explorer = createExplorerStore(bundledStory());
    const library = createLibraryStore(explorer);
    await library.getState().connect();
    explorer.getState().loadStory(tinyStory());
    await library.getState().keep(tinyDataset());
    await library.getState().remove('tiny');
    await untilIdle();
    expect(library.getState()).toMatchObject({ entries: [], origin: { kind: 'bundled' }, notice: 'Deleted from this browser.' });
    expect(explorer.getState().dataset.meta.id).toBe('nk-russia-2023');
  });
});
