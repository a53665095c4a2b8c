import type { Dataset } from '../model/dataset';
import type { StoredCopy } from './datasetShelf';
import type { DatasetSource } from './readDataset';

/**
 * A stored copy as the import pipeline reads it (in a worker, like a file): checked again by the
 * same `parseDataset`, since the app that saved it may have been an older one. Its JSON may be
 * larger than a file people may open, since a CSV grows as JSON.
 */
export function storedCopySource({ entry, json }: StoredCopy): DatasetSource {
  const bytes = new TextEncoder().encode(json);
  return { name: `${entry.title}.json`, size: bytes.byteLength, maxBytes: Infinity, arrayBuffer: () => Promise.resolve(bytes.buffer) };
}

/** The story as kept under `id`: the JSON is the story as imported, and its id in this browser is the record's. */
export function asStoredAs(dataset: Dataset, id: string): Dataset {
  return dataset.meta.id === id ? dataset : { ...dataset, meta: { ...dataset.meta, id } };
}
