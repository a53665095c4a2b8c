import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStoryLibrary } from '../../src/app/useStoryLibrary';
import type { OpenedDataset } from '../../src/features/import/openDataset';
import type { RunningImport } from '../../src/features/import/runImport';
import { createExplorerStore } from '../../src/store/explorerStore';
import { bundledStory, tinyStory } from '../fixtures/datasets';

/** Imports whose answers the test gives (in the app, a worker's). */
interface Pending {
  answer(opened: OpenedDataset): void;
  readonly cancel: ReturnType<typeof vi.fn>;
  readonly arrangement: unknown;
}
const pending: Pending[] = [];

vi.mock('../../src/features/import/runImport', () => ({
  runLinkImport: vi.fn(),
  runImport: vi.fn((_source: unknown, _onStage: unknown, options?: { arrangement?: unknown }): RunningImport => {
    let answer: Pending['answer'] = () => undefined;
    const result = new Promise<OpenedDataset | null>((resolve) => {
      answer = resolve;
    });
    const cancel = vi.fn();
    pending.push({ answer, cancel, arrangement: options?.arrangement });
    return { result, routes: new Promise(() => undefined), json: Promise.resolve(undefined), cancel };
  }),
}));

describe('useStoryLibrary', () => {
  it('opens a stored story with the arrangement it was kept with, and stops its routing when another story is shown', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = createExplorerStore(bundledStory());
    const { result } = renderHook(() => useStoryLibrary(store, { linked: null, list: true }));
    await vi.waitFor(() => expect(result.current.shelf).not.toBeNull());
    const tiny = tinyStory();
    // Kept, and once its curves are on screen, its arrangement with it.
    store.getState().loadStory(tiny);
    let id = '';
    await act(async () => {
      id = await result.current.keep(tiny.dataset);
    });
    await vi.waitFor(async () => expect((await result.current.shelf?.read(id))?.arrangement).toBeDefined());

    store.getState().loadStory(bundledStory());
    let opening: Promise<void> = Promise.resolve();
    act(() => {
      opening = result.current.open(id);
    });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const [task] = pending;
    expect(task?.arrangement).toEqual(await result.current.shelf?.read(id).then((copy) => copy?.arrangement));
    await act(async () => {
      task?.answer({ outcome: { ok: true, dataset: tiny.dataset, format: 'json', warnings: [] }, story: tiny, routed: true });
      await opening;
    });
    expect(store.getState().dataset.claims).toBe(tiny.dataset.claims);
    expect(task?.cancel).not.toHaveBeenCalled();
    await act(() => result.current.open(null));
    expect(task?.cancel).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
