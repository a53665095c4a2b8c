import { Profiler, memo, type ComponentProps, type FunctionComponent, type NamedExoticComponent } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as GraphLinkModule from '../../../src/features/graph/GraphLink';
import type * as GraphNodeModule from '../../../src/features/graph/GraphNode';
import { GraphView } from '../../../src/features/graph/GraphView';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory } from '../../fixtures/datasets';
import { graphNodeNamed } from '../../fixtures/graphNodeName';

/** Renders per node and per link id, as React's Profiler reports them. */
const renders = vi.hoisted(() => ({ nodes: new Map<string, number>(), links: new Map<string, number>() }));

/**
 * Wraps a memoised component so that each real render of it (not a bail-out) goes through a
 * Profiler whose id is the node or link id: the counts are React's own.
 */
vi.mock('../../../src/features/graph/GraphNode', async (importOriginal) => {
  const original = await importOriginal<typeof GraphNodeModule>();
  const { sameNodeProps } = await import('../../../src/features/graph/sameNodeProps');
  return { ...original, GraphNode: profiled(original.GraphNode, (p) => p.node.id, renders.nodes, sameNodeProps) };
});
vi.mock('../../../src/features/graph/GraphLink', async (importOriginal) => {
  const original = await importOriginal<typeof GraphLinkModule>();
  return { ...original, GraphLink: profiled(original.GraphLink, (p) => p.link.id, renders.links) };
});

function profiled<P extends object>(
  component: NamedExoticComponent<P>,
  idOf: (props: P) => string,
  counts: Map<string, number>,
  /** The component's own comparison of props, as it passes to memo. */
  same?: (a: P, b: P) => boolean,
): NamedExoticComponent<P> {
  const inner = (component as unknown as { type: FunctionComponent<P> }).type;
  const Inner = (props: P) => inner(props);
  const record = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  return memo(
    (props: P) => (
      <Profiler id={idOf(props)} onRender={record}>
        <Inner {...props} />
      </Profiler>
    ),
    same,
  );
}

type Props = ComponentProps<typeof GraphView>;
const rendered = (counts: Map<string, number>) => [...counts.keys()].sort();

function renderGraph() {
  const store = createExplorerStore(bundledStory());
  const props: Props = { store };
  const view = render(<GraphView {...props} />);
  return { store, view };
}

beforeEach(() => {
  renders.nodes.clear();
  renders.links.clear();
});

describe('graph render counts', () => {
  it('pans and zooms without re-rendering any node or link', async () => {
    const { view } = renderGraph();
    await vi.waitFor(() => expect(view.container.querySelector('svg[data-zoom-ready]')).not.toBeNull());
    expect(renders.nodes.size).toBe(15);
    renders.nodes.clear();
    renders.links.clear();
    const layer = view.container.querySelector('g.graph-view__layer');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(layer?.getAttribute('transform')).toMatch(/scale/);
    expect(rendered(renders.nodes)).toEqual([]);
    expect(rendered(renders.links)).toEqual([]);
  });

  it('moves the dragged node and its links without rendering, then renders only them once, on release', async () => {
    const { view } = renderGraph();
    renders.nodes.clear();
    renders.links.clear();
    const iran = screen.getByRole('button', { name: graphNodeNamed('Iran') });
    const link = view.container.querySelector('[data-link-id="provides|actor:iran|benefit:drones"] .graph-link__line');
    const before = link?.getAttribute('d');
    const svg = view.container.querySelector('svg.graph-view__svg') as SVGSVGElement;
    fireEvent.pointerDown(iran, { pointerId: 1, button: 0, clientX: 100, clientY: 100 });
    // The drawing code is fetched when the press starts.
    await act(() => import('../../../src/features/graph/dragDrawing'));
    for (let step = 1; step <= 5; step++) fireEvent.pointerMove(svg, { pointerId: 1, clientX: 100 + step * 10, clientY: 100 });
    expect(rendered(renders.nodes)).toEqual([]);
    expect(rendered(renders.links)).toEqual([]);
    expect(iran.getAttribute('transform')).toMatch(/^translate\(50(\.\d+)?,/);
    const during = link?.getAttribute('d');
    expect(during).not.toBe(before);
    expect(during).toMatch(/^M[-\d.,]+L[-\d.,]+$/);
    fireEvent.pointerUp(svg, { pointerId: 1 });
    expect(rendered(renders.nodes)).toEqual(['actor:iran']);
    expect(rendered(renders.links)).toEqual(['provides|actor:iran|benefit:drones']);
    expect(iran.getAttribute('transform')).toMatch(/^translate\(50(\.\d+)?,/);
    expect(link?.getAttribute('d')).toBe(during);
  });

  it('re-renders only the nodes and links whose emphasis a selection changes', () => {
    const { store } = renderGraph();
    renders.nodes.clear();
    renders.links.clear();
    act(() => store.getState().select({ kind: 'actor', id: 'iran' }));
    // Iran provides drones to Russia: those three nodes and two links stand out (as secondary:
    // what Iran provides, and to whom), nothing else renders.
    expect(rendered(renders.nodes)).toEqual(['actor:iran', 'actor:russia', 'benefit:drones']);
    expect(rendered(renders.links)).toEqual(['gains|actor:russia|benefit:drones', 'provides|actor:iran|benefit:drones']);
    renders.nodes.clear();
    act(() => store.getState().select({ kind: 'benefit', id: 'labor' }));
    // Moving the selection renders the nodes whose emphasis changes (Russia, secondary for Iran,
    // gains labor), not the bystanders.
    expect(rendered(renders.nodes)).toEqual(['actor:iran', 'actor:north-korea', 'actor:russia', 'benefit:drones', 'benefit:labor']);
  });

  it('fades the links that do not stand out as one group, raising the selection’s above them, with no class on the svg', () => {
    const { store, view } = renderGraph();
    const svg = view.container.querySelector('svg.graph-view__svg');
    const className = svg?.getAttribute('class');
    act(() => store.getState().select({ kind: 'actor', id: 'iran' }));
    expect(svg?.getAttribute('class')).toBe(className);
    const rest = view.container.querySelector('.graph-links__rest');
    expect(rest).toHaveClass('is-faded');
    const raised = [...view.container.querySelectorAll('.graph-links__raised [data-link-id]')].map((e) => e.getAttribute('data-link-id')).sort();
    expect(raised).toEqual(['gains|actor:russia|benefit:drones', 'provides|actor:iran|benefit:drones']);
    expect(rest?.querySelector('[data-link-id="provides|actor:iran|benefit:drones"]')).toBeNull();
    act(() => store.getState().select(null));
    expect(rest).not.toHaveClass('is-faded');
    expect(view.container.querySelectorAll('.graph-links__raised [data-link-id]')).toHaveLength(0);
  });

  it('re-renders, when a filter hides a benefit type, only the nodes whose look or name changes', () => {
    const { store } = renderGraph();
    renders.nodes.clear();
    act(() => store.getState().toggleBenefitType('drones'));
    // Drones goes; Iran, whose only claim it was, stays dimmed ("no claims shown"); Russia, which
    // gained it, is named with one benefit fewer; the rest are drawn as they were.
    expect(rendered(renders.nodes)).toEqual(['actor:iran', 'actor:russia']);
    expect(screen.getByRole('button', { name: graphNodeNamed('Iran') })).toHaveAccessibleName('Iran, actor, no claims shown');
  });
});
