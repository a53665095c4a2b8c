import { describe, expect, it, vi } from 'vitest';
import { keepArrangementWhenRouted } from '../../src/store/keepArrangementWhenRouted';
import { memoryDatasetShelf } from '../../src/io/datasetShelf';
import { layoutVersion } from '../../src/layout/keptArrangement';
import { createExplorerStore } from '../../src/store/explorerStore';
import { bundledStory, tinyStory } from '../fixtures/datasets';

/** The tiny story as an import shows it: placed, its links still straight. */
function storeWithStraightLinks() {
  const story = tinyStory();
  const store = createExplorerStore({ ...story, routes: new Map() });
  return { story, store };
}

describe('keepArrangementWhenRouted', () => {
  it('keeps the story’s places and curves once its curves arrive', async () => {
    const { story, store } = storeWithStraightLinks();
    const shelf = memoryDatasetShelf();
    const arrange = vi.spyOn(shelf, 'arrange');
    keepArrangementWhenRouted(store, shelf, 'tiny', story.dataset);
    expect(arrange).not.toHaveBeenCalled();
    store.getState().setRoutes(story.dataset, story.routes);
    expect(arrange).toHaveBeenCalledTimes(1);
    expect(arrange.mock.calls[0]?.[0]).toBe('tiny');
    expect(arrange.mock.calls[0]?.[1]).toEqual({ version: layoutVersion, layout: [...story.layout], routes: [...story.routes] });
    // Once only.
    store.getState().setRoutes(story.dataset, new Map(story.routes));
    expect(arrange).toHaveBeenCalledTimes(1);
  });

  it('keeps at once a story already routed, and nothing when another story is shown first or it is stopped', () => {
    const shelf = memoryDatasetShelf();
    const arrange = vi.spyOn(shelf, 'arrange');
    const routed = tinyStory();
    keepArrangementWhenRouted(createExplorerStore(routed), shelf, 'tiny', routed.dataset);
    expect(arrange).toHaveBeenCalledTimes(1);

    const { story, store } = storeWithStraightLinks();
    keepArrangementWhenRouted(store, shelf, 'tiny', story.dataset);
    store.getState().loadStory(bundledStory());
    store.getState().setRoutes(story.dataset, story.routes);
    expect(arrange).toHaveBeenCalledTimes(1);

    const next = storeWithStraightLinks();
    const stop = keepArrangementWhenRouted(next.store, shelf, 'tiny', next.story.dataset);
    stop();
    next.store.getState().setRoutes(next.story.dataset, next.story.routes);
    expect(arrange).toHaveBeenCalledTimes(1);
  });
});
