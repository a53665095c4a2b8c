import { describe, expect, it } from 'vitest';
import { actorAnchors } from '../../src/layout/actorAnchors';
import { computeLayout } from '../../src/layout/computeLayout';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { bundledDataset } from '../fixtures/datasets';

const graph = deriveGraph(bundledDataset(), noFilters);

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

  it('pins actors to their anchors and keeps nodes apart', () => {
    const positions = computeLayout(graph);
    for (const [id, anchor] of actorAnchors(graph)) expect(positions.get(id)).toEqual(anchor);
    const points = [...positions.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    // Two shapes are at most 30 + 30 units across; labels need more, so nodes sit further apart.
    expect(closest).toBeGreaterThan(40);
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
});
