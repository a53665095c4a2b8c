import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/dataset';
import { parseDataset } from '../model/parseDataset';
import type { DatasetInput } from '../model/schema';
import { datasetToJson } from './datasetToJson';
import { explainDatasetErrors } from './explainDatasetErrors';
import { slug } from './exportFileName';
import type { ImportProblem } from './importProblem';

/** A stored story as the switcher lists it. */
export interface ShelfEntry {
  readonly id: string;
  readonly title: string;
  readonly savedAt: number;
}

interface StoredRecord extends ShelfEntry {
  /** The dataset as JSON text: exactly what was saved, so a copy that no longer opens can still be downloaded. */
  readonly json: string;
}

export type ShelfLoad =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly entry: ShelfEntry; readonly json: string; readonly problems: readonly ImportProblem[] }
  | { readonly ok: false; readonly entry: null };

export type ShelfSave = { readonly ok: true; readonly entry: ShelfEntry; readonly replaced: boolean } | { readonly ok: false; readonly reason: 'full' | 'failed' };

/** Where imported stories are kept: the browser's IndexedDB, or (where storage is refused) this page's memory. */
export interface DatasetShelf {
  /** False in session-only mode: private browsing, a sandboxed frame, blocked storage. */
  readonly persistent: boolean;
  list(): Promise<readonly ShelfEntry[]>;
  load(id: string): Promise<ShelfLoad>;
  save(dataset: Dataset, reservedIds: readonly string[]): Promise<ShelfSave>;
  remove(id: string): Promise<void>;
}

interface Backend {
  all(): Promise<StoredRecord[]>;
  put(record: StoredRecord): Promise<void>;
  drop(id: string): Promise<void>;
}

const isRecord = (value: unknown): value is StoredRecord =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredRecord).id === 'string' &&
  typeof (value as StoredRecord).title === 'string' &&
  typeof (value as StoredRecord).json === 'string' &&
  typeof (value as StoredRecord).savedAt === 'number';

function indexedDbBackend(store: UseStore): Backend {
  return {
    all: async () => (await entries<IDBValidKey, unknown>(store)).map(([, value]) => value).filter(isRecord),
    put: (record) => set(record.id, record, store),
    drop: (id) => del(id, store),
  };
}

function memoryBackend(): Backend {
  const records = new Map<string, StoredRecord>();
  return {
    all: () => Promise.resolve([...records.values()]),
    put: (record) => {
      records.set(record.id, record);
      return Promise.resolve();
    },
    drop: (id) => {
      records.delete(id);
      return Promise.resolve();
    },
  };
}

const entryOf = ({ id, title, savedAt }: StoredRecord): ShelfEntry => ({ id, title, savedAt });

function shelfOn(backend: Backend, persistent: boolean): DatasetShelf {
  return {
    persistent,
    list: async () => (await backend.all()).map(entryOf).sort((a, b) => b.savedAt - a.savedAt),
    load: async (id) => {
      const record = (await backend.all()).find((r) => r.id === id);
      if (record === undefined) return { ok: false, entry: null };
      let value: unknown;
      try {
        value = JSON.parse(record.json) as unknown;
      } catch {
        return { ok: false, entry: entryOf(record), json: record.json, problems: [{ code: 'stored-corrupt', place: 'the stored copy', message: 'The stored copy is damaged: it is not JSON any more.', severity: 'error' }] };
      }
      const parsed = parseDataset(value);
      // Never rewritten here: a copy that no longer opens stays as it is, to be downloaded.
      if (!parsed.ok) return { ok: false, entry: entryOf(record), json: record.json, problems: explainDatasetErrors(parsed.errors, value) };
      return { ok: true, dataset: parsed.dataset };
    },
    save: async (dataset, reservedIds) => {
      // A story keeps its id (a new version of the same file replaces the old copy), unless the
      // bundled story has it.
      let id = dataset.meta.id ?? (slug(dataset.meta.title) || 'story');
      if (reservedIds.includes(id)) id = `${id}-copy`;
      const input: DatasetInput = { ...dataset, meta: { ...dataset.meta, id } };
      const replaced = (await backend.all()).some((r) => r.id === id);
      const record: StoredRecord = { id, title: dataset.meta.title, savedAt: Date.now(), json: datasetToJson({ ...dataset, ...input }) };
      try {
        await backend.put(record);
      } catch (error) {
        return { ok: false, reason: error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'failed' };
      }
      return { ok: true, entry: entryOf(record), replaced };
    },
    remove: (id) => backend.drop(id),
  };
}

/** How long to wait for IndexedDB to answer before treating it as unavailable (some browsers hang, not fail). */
const probeMs = 3000;

/**
 * The shelf for this page: IndexedDB when it answers, this page's memory otherwise (the app then
 * says that imports last only until the page closes). `indexedDB` may throw merely by being read,
 * in a sandboxed frame, so every step is guarded.
 */
export async function openDatasetShelf(): Promise<DatasetShelf> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const store = createStore('who-gains', 'datasets');
    const backend = indexedDbBackend(store);
    await Promise.race([
      backend.all(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not answer')), probeMs)),
    ]);
    return shelfOn(backend, true);
  } catch {
    return shelfOn(memoryBackend(), false);
  }
}

/** Session-only storage, for tests and for pages that must not persist anything. */
export function memoryDatasetShelf(): DatasetShelf {
  return shelfOn(memoryBackend(), false);
}
