import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canvasFromLinks, GraphView } from '../../../src/features/graph/GraphView';
import { parseDataset } from '../../../src/model/parseDataset';
import type { Story } from '../../../src/layout/story';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory } from '../../fixtures/datasets';
import { syntheticDataset } from '../../fixtures/syntheticDataset';
import { graphNodeNamed } from '../../fixtures/graphNodeName';

/** jsdom draws nothing: a Path2D that only records, and no 2D context (the canvas stays blank). */
class RecordingPath {
  addPath() {}
  moveTo() {}
  lineTo() {}
  closePath() {}
  bezierCurveTo() {}
}

function largeStory(): Story {
  const parsed = parseDataset(syntheticDataset({ actors: 120, benefitTypes: 40, outlets: 10, claims: 900 }));
  if (!parsed.ok) throw new Error('synthetic dataset is invalid');
  return { dataset: parsed.dataset, layout: new Map(), routes: new Map() };
}

beforeEach(() => {
  vi.stubGlobal('Path2D', RecordingPath);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('choosing the renderer', () => {
  it('draws a small story with SVG, every node an element of it', () => {
    const { container } = render(<GraphView store={createExplorerStore(bundledStory())} />);
    expect(container.querySelector('svg.graph-view__svg')).not.toBeNull();
    expect(container.querySelector('[data-renderer="canvas"]')).toBeNull();
  });

  it('draws a large story on a canvas, its nodes named toggle buttons in the graph, one Tab stop, walked and selected from the keyboard', async () => {
    const story = largeStory();
    const store = createExplorerStore(story);
    const { links, nodes } = store.selectors.fullGraph(store.getState());
    expect(links.length).toBeGreaterThan(canvasFromLinks);
    const { container } = render(<GraphView store={store} />);
    const graph = await screen.findByRole('application', { name: /^Graph of actors and benefit types: Synthetic; / });
    expect(container.querySelector('canvas')).not.toBeNull();
    expect(container.querySelector('svg.graph-view__svg')).toBeNull();
    const buttons = within(graph).getAllByRole('button');
    expect(buttons).toHaveLength(nodes.length);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const actor = within(graph).getByRole('button', { name: graphNodeNamed('Actor 7') });
    expect(actor).toHaveAttribute('aria-pressed', 'false');
    actor.focus();
    await userEvent.keyboard(']');
    await waitFor(() => expect(within(container).getByRole('status')).toHaveTextContent(/^Actor 7 (gains|provides|bears a cost).*, cited by .*\. Link 1 of \d+\./));
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'a7' });
    expect(actor).toHaveAttribute('aria-pressed', 'true');
  });

  it('draws with SVG for an export, whatever the size', () => {
    const { container } = render(<GraphView store={createExplorerStore(largeStory())} renderer="svg" progressive={false} />);
    expect(container.querySelector('svg.graph-view__svg')).not.toBeNull();
  });
});
