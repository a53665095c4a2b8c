import { describe, expect, it } from 'vitest';
import { actorAnchors, slotOrder } from '../../src/layout/actorAnchors';
import { computeLayout, ticksFor } from '../../src/layout/computeLayout';
import { actorRadius, nodeBox } from '../../src/layout/nodeGeometry';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import type { Graph } from '../../src/model/graph';
import { parseDataset } from '../../src/model/parseDataset';
import type { Positions } from '../../src/lib/geometry';
import { bundledDataset } from '../fixtures/datasets';
import { syntheticDataset } from '../fixtures/syntheticDataset';

const graph = deriveGraph(bundledDataset(), noFilters);

function syntheticGraph(actors: number, claims: number): Graph {
  const result = parseDataset(syntheticDataset({ actors, benefitTypes: Math.ceil(actors / 2), outlets: 10, claims }));
  if (!result.ok) throw new Error('synthetic dataset is invalid');
  return deriveGraph(result.dataset, noFilters);
}

/** Pairs of nodes whose boxes (shape and label, as the layout reserves them) overlap. */
function overlappingBoxes(g: Graph, positions: Positions): string[] {
  const boxes = g.nodes.map((n) => {
    const p = positions.get(n.id) ?? { x: NaN, y: NaN };
    const b = nodeBox(n, p);
    return { id: n.id, left: p.x - b.left, right: p.x + b.right, top: p.y - b.above, bottom: p.y + b.below };
  });
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.id} / ${b.id}`);
    }
  return pairs;
}

describe('computeLayout', () => {
  it('places every node at a finite position', () => {
    const positions = computeLayout(graph);
    expect(positions.size).toBe(graph.nodes.length);
    for (const p of positions.values()) {
      expect(Number.isFinite(p.x)).toBe(true);
      expect(Number.isFinite(p.y)).toBe(true);
    }
  });

  it('gives the same picture for the same graph', () => {
    const first = computeLayout(graph);
    const second = computeLayout(deriveGraph(bundledDataset(), noFilters));
    for (const [id, p] of first) {
      expect(second.get(id)?.x).toBeCloseTo(p.x, 9);
      expect(second.get(id)?.y).toBeCloseTo(p.y, 9);
    }
  });

  it('draws the bundled story as reviewed (a changed picture is a reviewed change)', async () => {
    // Node positions rounded to whole layout units, one node a line, so a diff reads as a map.
    const lines = [...computeLayout(graph)].map(([id, p]) => `  ${JSON.stringify(id)}: [${Math.round(p.x)}, ${Math.round(p.y)}]`);
    await expect(`{\n${lines.join(',\n')}\n}\n`).toMatchFileSnapshot('./bundledLayout.golden.json');
  });

  it('pins actors to their anchors and keeps every node box (shape and label) clear of the others', () => {
    const positions = computeLayout(graph);
    for (const [id, anchor] of actorAnchors(graph)) expect(positions.get(id)).toEqual(anchor);
    expect(overlappingBoxes(graph, positions)).toEqual([]);
  });

  it('keeps boxes clear in a crowded synthetic story', () => {
    const crowded = syntheticGraph(12, 150);
    expect(overlappingBoxes(crowded, computeLayout(crowded))).toEqual([]);
  });

  it('handles an empty graph and a lone actor', () => {
    expect(computeLayout({ nodes: [], links: [] }).size).toBe(0);
    const lone = computeLayout({
      nodes: [{ id: 'actor:a', kind: 'actor', refId: 'a', label: 'A', shortLabel: 'A', filteredOut: true }],
      links: [],
    });
    const p = lone.get('actor:a');
    expect(Number.isFinite(p?.x)).toBe(true);
  });
});

describe('actorAnchors', () => {
  it('puts the two busiest actors opposite each other, left and right', () => {
    const anchors = actorAnchors(graph);
    const russia = anchors.get('actor:russia');
    const northKorea = anchors.get('actor:north-korea');
    expect(russia && northKorea && Math.sign(russia.x) === -Math.sign(northKorea.x)).toBe(true);
    expect(russia?.y).toBeCloseTo(0, 6);
    expect(northKorea?.y).toBeCloseTo(0, 6);
    const others = [anchors.get('actor:united-states'), anchors.get('actor:iran')];
    for (const p of others) expect(p?.x).toBeCloseTo(0, 6);
  });

  it.each([40, 200])('grows the ring so that %i actors never overlap', (count) => {
    const anchors = [...actorAnchors(syntheticGraph(count, count * 3)).values()];
    expect(anchors).toHaveLength(count);
    let closest = Infinity;
    for (let i = 0; i < anchors.length; i++)
      for (let j = i + 1; j < anchors.length; j++)
        closest = Math.min(closest, Math.hypot(anchors[i]!.x - anchors[j]!.x, anchors[i]!.y - anchors[j]!.y));
    expect(closest).toBeGreaterThan(2 * actorRadius);
  });
});

describe('slotOrder', () => {
  it('fills left, right, top, bottom first', () => {
    expect(slotOrder(4)).toEqual([0, 2, 1, 3]);
    expect(slotOrder(8).slice(0, 4)).toEqual([0, 4, 2, 6]);
  });

  it('uses every slot once', () => {
    for (const count of [1, 2, 3, 7, 64, 301]) expect(slotOrder(count).toSorted((a, b) => a - b)).toEqual([...Array(count).keys()]);
  });
});

describe('ticksFor', () => {
  const graphOf = (nodes: number, links: number) => ({
    nodes: Array.from({ length: nodes }, (_, i) => ({ id: `n${i}`, kind: 'actor' as const, refId: `n${i}`, label: 'n', shortLabel: 'n', filteredOut: false })),
    links: Array.from({ length: links }, (_, i) => ({ id: `l${i}`, kind: 'gains' as const, source: 'n0', target: 'n1', benefitTypeId: 'b', claimIds: [], outletIds: [], weight: 1 })),
  });

  it('settles a story of up to 2,000 nodes and links for the full 300 ticks', () => {
    expect(ticksFor(graphOf(15, 30))).toBe(300);
    expect(ticksFor(graphOf(120, 1451))).toBe(300);
  });

  it('spends fewer ticks on a larger graph, within a budget of work, and never fewer than 30', () => {
    expect(ticksFor(graphOf(1020, 14377))).toBe(38);
    expect(ticksFor(graphOf(5000, 100_000))).toBe(30);
  });
});
