import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GraphView } from '../../../src/features/graph/GraphView';
import { nearestInDirection } from '../../../src/layout/nearestInDirection';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory } from '../../fixtures/datasets';
import { graphNodeNamed } from '../../fixtures/graphNodeName';

function renderGraph() {
  const story = bundledStory();
  const store = createExplorerStore(story);
  render(<GraphView store={store} />);
  const graph = screen.getByRole('application', { name: /^Graph of actors and benefit types/ });
  const node = (label: string) => within(graph).getByRole('button', { name: graphNodeNamed(label) });
  return { story, store, graph, node };
}

describe('the graph from the keyboard', () => {
  it('is one Tab stop, whose keys are described to a screen reader', () => {
    const { graph } = renderGraph();
    const stops = within(graph).getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(stops).toHaveLength(1);
    expect(graph).toHaveAccessibleDescription(/^Arrows move between nodes; .*\? lists every key\.$/);
  });

  it('moves focus with the arrows to the nearest node that way, and the Tab stop with it', async () => {
    const { story, graph, node } = renderGraph();
    const start = node('North Korea');
    start.focus();
    const ids = within(graph).getAllByRole('button').map((b) => b.getAttribute('data-node-id')!);
    const expected = nearestInDirection('actor:north-korea', 'left', story.layout, ids);
    expect(expected).not.toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    // The geometry is a small chunk fetched with the first arrow.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-node-id')).toBe(expected));
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(start).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(within(graph).getAllByRole('button')[0]));
  });

  it('runs arrows pressed faster than the geometry arrives in order, each from where the last one ended', async () => {
    const { story, graph, node } = renderGraph();
    node('North Korea').focus();
    const ids = within(graph).getAllByRole('button').map((b) => b.getAttribute('data-node-id')!);
    const first = nearestInDirection('actor:north-korea', 'left', story.layout, ids)!;
    const second = nearestInDirection(first, 'left', story.layout, ids);
    expect(second).not.toBeNull();
    // Two keydowns in one task: the second is pressed before the first move has run.
    const start = document.activeElement!;
    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-node-id')).toBe(second));
  });

  it('reads a node’s links one by one, then follows the one read to its other end', async () => {
    const { graph, node } = renderGraph();
    node('North Korea').focus();
    const status = screen.getByRole('status', { name: '' });
    // The sentences are a lazy chunk: each is waited for, by its place among the node's links.
    const read = async (place: number) => {
      await waitFor(() => expect(status).toHaveTextContent(new RegExp(`Link ${place} of 10\\.\\s?$`)));
      return status.textContent!.trim();
    };
    await userEvent.keyboard(']');
    const links = [await read(1)];
    expect(links[0]).toMatch(/^North Korea (gains|provides) .+, cited by .+, \d outlets?\. Link 1 of 10\.$/);
    for (let i = 2; i <= 10; i++) {
      await userEvent.keyboard(']');
      links.push(await read(i));
    }
    expect(links.filter((l) => /^North Korea gains Oil from Russia, cited by CNN and The Conversation, 2 outlets\. Link \d+ of 10\.$/.test(l))).toHaveLength(1);
    expect(new Set(links).size).toBe(10);
    // Back to the Oil link with `[` (typed `[[`: user-event's escape), then along it.
    const oilPlace = links.findIndex((l) => l.startsWith('North Korea gains Oil')) + 1;
    for (let place = 10; place > oilPlace; place--) {
      await userEvent.keyboard('[[');
      await read(place - 1);
    }
    expect(status).toHaveTextContent(/^North Korea gains Oil/);
    await userEvent.keyboard('f');
    expect(document.activeElement).toBe(within(graph).getByRole('button', { name: graphNodeNamed('Oil') }));
    expect(document.activeElement).toHaveAccessibleName('Oil, benefit type, gained by 1 actor, provided by 1');
  });

  it('selects with Enter and moves a node with Alt and an arrow, not its focus', async () => {
    const { store, node } = renderGraph();
    const russia = node('Russia');
    russia.focus();
    const before = russia.getAttribute('transform');
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(document.activeElement).toBe(russia);
    expect(russia.getAttribute('transform')).not.toBe(before);
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'russia' });
  });

  it('says each selection, and its clearing, once in the graph’s live region', async () => {
    const { store, node } = renderGraph();
    const status = screen.getByRole('status', { name: '' });
    node('Russia').focus();
    await userEvent.keyboard('{Enter}');
    expect(status.textContent?.trim()).toMatch(/^Selected: Russia, actor, gains \d+ benefits, provides \d+/);
    act(() => store.getState().select(null));
    expect(status.textContent?.trim()).toBe('Selection cleared.');
  });
});
