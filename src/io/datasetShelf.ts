import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/dataset';
import { datasetToJson } from './datasetToJson';
import { slug } from './exportFileName';

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

/** A story as kept: its entry and its JSON, read through the import pipeline like any file (see storedCopySource). */
export interface StoredCopy {
  readonly entry: ShelfEntry;
  /** Exactly what was saved, so a copy that no longer opens can still be downloaded. */
  readonly json: string;
  /**
   * Where its nodes were placed and its links routed, once it was shown, so that reopening lays
   * nothing out again: as stored, for the layout to check (see reuseArrangement).
   */
  readonly arrangement?: unknown;
}

export type ShelfSave = { readonly ok: true; readonly entry: ShelfEntry; readonly replaced: boolean } | { readonly ok: false; readonly reason: 'full' | 'failed' };

/** Where imported stories are kept: the browser's IndexedDB, or (where storage is refused) this page's memory. */
export interface DatasetShelf {
  /** False in session-only mode: private browsing, a sandboxed frame, blocked storage. */
  readonly persistent: boolean;
  list(): Promise<readonly ShelfEntry[]>;
  /** The stored copy, or null when this browser has none by that id. */
  read(id: string): Promise<StoredCopy | null>;
  /**
   * Keeps a story, under its own id unless one of `reservedIds` (the bundled story's) has it.
   * `json` is the dataset as `datasetToJson` writes it, when already made (off the main thread).
   */
  save(dataset: Dataset, reservedIds: readonly string[], json?: string): Promise<ShelfSave>;
  /**
   * Keeps the arrangement of the story stored as `id` (a new save of it forgets it). Failing to
   * keep it costs only a layout on the next opening, so it never throws.
   */
  arrange(id: string, arrangement: unknown): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * Where records live. The catalogue (ids, titles, dates) is kept apart from the records, so that
 * listing the stories never reads megabytes of JSON.
 */
interface Backend {
  catalogue(): Promise<ShelfEntry[]>;
  /** The record as stored: anything, since another tab, an older app or a hand in the developer tools may have written it. */
  get(id: string): Promise<unknown>;
  /** Also forgets the arrangement kept for an earlier record under that id. */
  put(record: StoredRecord): Promise<void>;
  drop(id: string): Promise<void>;
  arrangement(id: string): Promise<unknown>;
  /** Kept only while a record has that id. */
  arrange(id: string, arrangement: unknown): Promise<void>;
}

const isEntry = (value: unknown): value is ShelfEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ShelfEntry).id === 'string' &&
  typeof (value as ShelfEntry).title === 'string' &&
  typeof (value as ShelfEntry).savedAt === 'number';

const isRecord = (value: unknown): value is StoredRecord => isEntry(value) && typeof (value as StoredRecord).json === 'string';

const entryOf = ({ id, title, savedAt }: ShelfEntry): ShelfEntry => ({ id, title, savedAt });

/** A damaged record as text to download: a string as it is, anything else as JSON where it can be. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Structured clone keeps cycles and BigInts, which JSON cannot write.
    return String(value);
  }
}

/** An array key: no story id (a string) can ever be it. */
const catalogueKey = ['catalogue'];
/** A story's arrangement, apart from its record, so that keeping it never rewrites megabytes of JSON. */
const arrangementKey = (id: string) => ['arrangement', id];

/**
 * The catalogue as stored, checked against the keys (which cost nothing to read): a record it
 * lacks (kept by an older version of the app) is read and listed, an entry without its record is
 * dropped. `mended` says the stored catalogue should be written again.
 */
async function readCatalogue(objects: IDBObjectStore): Promise<{ entries: ShelfEntry[]; mended: boolean }> {
  const [stored, keys] = await Promise.all([promisifyRequest<unknown>(objects.get(catalogueKey)), promisifyRequest(objects.getAllKeys())]);
  const ids = new Set(keys.filter((key): key is string => typeof key === 'string'));
  const kept = Array.isArray(stored) ? stored.filter(isEntry) : [];
  const listed = kept.filter((e) => ids.has(e.id));
  const unlisted = [...ids].filter((id) => !listed.some((e) => e.id === id));
  const found = await Promise.all(unlisted.map((id) => promisifyRequest<unknown>(objects.get(id))));
  return { entries: [...listed, ...found.filter(isRecord).map(entryOf)], mended: unlisted.length > 0 || listed.length !== kept.length };
}

/** Resolves when the transaction commits; rejects with its error (a full disk: QuotaExceededError) when it aborts. */
const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });

function indexedDbBackend(store: UseStore): Backend {
  // Record and catalogue change in one transaction: never one without the other.
  const change = (edit: (entries: ShelfEntry[], store: IDBObjectStore) => ShelfEntry[]) =>
    store('readwrite', async (objects) => {
      const done = committed(objects.transaction);
      objects.put(edit((await readCatalogue(objects)).entries, objects), catalogueKey);
      await done;
    });
  return {
    catalogue: async () => {
      const { entries, mended } = await store('readonly', readCatalogue);
      // Mended once, so later listings read no record.
      if (mended) await change((current) => current);
      return entries;
    },
    get: (id) => get<unknown>(id, store),
    put: (record) =>
      change((entries, objects) => {
        objects.put(record, record.id);
        objects.delete(arrangementKey(record.id));
        return [...entries.filter((e) => e.id !== record.id), entryOf(record)];
      }),
    drop: (id) =>
      change((entries, objects) => {
        objects.delete(id);
        objects.delete(arrangementKey(id));
        return entries.filter((e) => e.id !== id);
      }),
    arrangement: (id) => get<unknown>(arrangementKey(id), store),
    arrange: (id, arrangement) =>
      store('readwrite', async (objects) => {
        const done = committed(objects.transaction);
        if ((await promisifyRequest(objects.getKey(id))) !== undefined) objects.put(arrangement, arrangementKey(id));
        await done;
      }),
  };
}

function memoryBackend(): Backend {
  const records = new Map<string, StoredRecord>();
  const arrangements = new Map<string, unknown>();
  return {
    catalogue: () => Promise.resolve([...records.values()].map(entryOf)),
    get: (id) => Promise.resolve(records.get(id)),
    put: (record) => {
      records.set(record.id, record);
      arrangements.delete(record.id);
      return Promise.resolve();
    },
    drop: (id) => {
      records.delete(id);
      arrangements.delete(id);
      return Promise.resolve();
    },
    arrangement: (id) => Promise.resolve(arrangements.get(id)),
    arrange: (id, arrangement) => {
      if (records.has(id)) arrangements.set(id, arrangement);
      return Promise.resolve();
    },
  };
}

function shelfOn(backend: Backend, persistent: boolean): DatasetShelf {
  return {
    persistent,
    list: async () => (await backend.catalogue()).sort((a, b) => b.savedAt - a.savedAt),
    read: async (id) => {
      const [record, arrangement] = await Promise.all([backend.get(id), backend.arrangement(id).catch(() => undefined)]);
      if (record === undefined) return null;
      if (!isRecord(record)) {
        // Damaged: still this browser's copy, so it is named as listed and offered as it is, never called missing.
        const listed = (await backend.catalogue()).find((e) => e.id === id);
        return { entry: listed ?? { id, title: id, savedAt: 0 }, json: asText(record) };
      }
      return arrangement === undefined ? { entry: entryOf(record), json: record.json } : { entry: entryOf(record), json: record.json, arrangement };
    },
    save: async (dataset, reservedIds, json = datasetToJson(dataset, { compact: true })) => {
      // A story keeps its id (a new version of the same file replaces the old copy), unless the
      // bundled story has it.
      let id = dataset.meta.id ?? (slug(dataset.meta.title) || 'story');
      if (reservedIds.includes(id)) id = `${id}-copy`;
      const replaced = (await backend.catalogue()).some((e) => e.id === id);
      const record: StoredRecord = { id, title: dataset.meta.title, savedAt: Date.now(), json };
      try {
        await backend.put(record);
      } catch (error) {
        return { ok: false, reason: error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'failed' };
      }
      return { ok: true, entry: entryOf(record), replaced };
    },
    arrange: (id, arrangement) => backend.arrange(id, arrangement).catch(() => undefined),
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
      backend.catalogue(),
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
