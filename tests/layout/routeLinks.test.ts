import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout/computeLayout';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { arrowSize, linkEnds, straightRoute } from '../../src/layout/linkCurve';
import { maxRoutedLinks, routeLinks } from '../../src/layout/routeLinks';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import { bundledDataset } from '../fixtures/datasets';
import { syntheticDataset } from '../fixtures/syntheticDataset';

const dataset = bundledDataset();
const graph = deriveGraph(dataset, noFilters);

/** The last point of an SVG path written by routeLinks (`M… L x,y` or `M… C … x,y`). */
function endOf(d: string): { x: number; y: number } {
  const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return { x: numbers.at(-2) ?? NaN, y: numbers.at(-1) ?? NaN };
}

describe('routeLinks', () => {
  it('routes every bundled link clear of other nodes, every label and other arrowheads', () => {
    const routes = routeLinks(graph.nodes, graph.links, computeLayout(graph));
    expect(routes.size).toBe(graph.links.length);
    const blocked = [...routes].filter(([, r]) => r.obstacles + r.crowding > 0).map(([id]) => id);
    expect(blocked).toEqual([]);
  });

  it('draws a link whose benefit type is dragged onto its actor without NaN', () => {
    const link = graph.links.find((l) => l.source.startsWith('benefit:') || l.target.startsWith('benefit:'));
    const ends = graph.nodes.filter((n) => n.id === link?.source || n.id === link?.target);
    if (link === undefined || ends.length !== 2) throw new Error('no benefit link');
    const same = new Map(ends.map((n) => [n.id, { x: 40, y: 40 }]));
    const [source, target] = link.source === ends[0]?.id ? ends : [...ends].reverse();
    expect(straightRoute(link, source!, target!, same)).not.toMatch(/NaN|Infinity/);
  });

  it('keeps the arrowheads that meet at one node apart', () => {
    const { routes } = layoutDataset(dataset);
    const tips = new Map<string, { x: number; y: number }[]>();
    for (const link of graph.links) {
      const { to } = linkEnds(link);
      tips.set(to, [...(tips.get(to) ?? []), endOf(routes.get(link.id) ?? '')]);
    }
    const northKorea = tips.get('actor:north-korea') ?? [];
    expect(northKorea.length).toBe(7);
    for (const [, list] of tips)
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++)
          expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y)).toBeGreaterThanOrEqual(arrowSize - 0.2);
  });

  it('draws links straight past the routing limit, where a canvas will take over', () => {
    const result = parseDataset(syntheticDataset({ actors: 60, benefitTypes: 90, outlets: 20, claims: 2000 }));
    if (!result.ok) throw new Error('synthetic dataset is invalid');
    const big = deriveGraph(result.dataset, noFilters);
    expect(big.links.length).toBeGreaterThan(maxRoutedLinks);
    const routes = routeLinks(big.nodes, big.links.slice(0, maxRoutedLinks + 1), computeLayout(big));
    expect([...routes.values()].every((r) => /^M[-\d.,]+L[-\d.,]+$/.test(r.d))).toBe(true);
  });
});
