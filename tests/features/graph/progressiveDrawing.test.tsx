import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderGraphOffscreen } from '../../../src/app/renderGraphOffscreen';
import { GraphView } from '../../../src/features/graph/GraphView';
import { parseDataset } from '../../../src/model/parseDataset';
import { defaultView } from '../../../src/model/viewState';
import type { Story } from '../../../src/layout/story';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { syntheticDataset } from '../../fixtures/syntheticDataset';

/** A story too large to draw in one task: laid out nowhere (every node at the origin), which counting needs not. */
function largeStory(): Story {
  const parsed = parseDataset(syntheticDataset({ actors: 150, benefitTypes: 80, outlets: 10, claims: 800 }));
  if (!parsed.ok) throw new Error('synthetic dataset is invalid');
  return { dataset: parsed.dataset, layout: new Map(), routes: new Map() };
}

const drawn = (root: ParentNode) => ({
  nodes: root.querySelectorAll('[data-node-id]').length,
  links: root.querySelectorAll('[data-link-id]').length,
});

afterEach(() => document.body.replaceChildren());

describe('drawing a large story', () => {
  it('draws the nodes first, then the links over the following tasks, until all are there', async () => {
    const story = largeStory();
    const store = createExplorerStore(story);
    const total = { nodes: store.selectors.fullGraph(store.getState()).nodes.length, links: store.selectors.fullGraph(store.getState()).links.length };
    expect(total.nodes + total.links).toBeGreaterThan(1000);
    const { container } = render(<GraphView store={store} renderer="svg" />);
    const first = drawn(container);
    expect(first.nodes + first.links).toBeLessThan(total.nodes + total.links);
    expect(first.nodes).toBeGreaterThan(0);
    expect(first.links).toBe(0);
    await expect.poll(() => drawn(container), { timeout: 15_000 }).toEqual(total);
  });

  it('draws everything at once for an export', async () => {
    const story = largeStory();
    const { links, nodes } = createExplorerStore(story).selectors.fullGraph(createExplorerStore(story).getState());
    const rendered = await renderGraphOffscreen(story, defaultView, { width: 1280, height: 720 });
    try {
      expect(drawn(rendered.svg)).toEqual({ nodes: nodes.length, links: links.length });
    } finally {
      rendered.dispose();
    }
  });
});
