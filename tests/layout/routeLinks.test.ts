import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout/computeLayout';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { arrowSize, linkEnds, straightRoute } from '../../src/layout/linkCurve';
import { routeLinks } from '../../src/layout/routeLinks';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import { csvToDataset } from '../../src/io/csvToDataset';
import { bundledDataset } from '../fixtures/datasets';
import { storyCsv } from '../fixtures/storyCsv.mjs';
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

  it('routes every link of a large story, however many there are', () => {
    const result = parseDataset(syntheticDataset({ actors: 60, benefitTypes: 90, outlets: 20, claims: 2000 }));
    if (!result.ok) throw new Error('synthetic dataset is invalid');
    const big = deriveGraph(result.dataset, noFilters);
    expect(big.links.length).toBeGreaterThan(1000);
    const routes = routeLinks(big.nodes, big.links, computeLayout(big));
    expect(routes.size).toBe(big.links.length);
    expect([...routes.values()].every((r) => /^M[-\d.,]+C[-\d., ]+$/.test(r.d))).toBe(true);
  }, 60_000);

  it('takes no longer per link at 2,000 links than at 50, give or take a log factor', () => {
    const result = parseDataset(csvToDataset(storyCsv(1500), { title: 'Story' }).input);
    if (!result.ok) throw new Error('generated story is invalid');
    const big = deriveGraph(result.dataset, noFilters);
    const layout = computeLayout(big);
    // Links of one picture, so the obstacles are the same; the same tries per link at both sizes,
    // where the routing budget would give the smaller set more (and hide any superlinear part).
    const perLink = (count: number) => {
      const links = big.links.slice(0, count);
      const start = performance.now();
      routeLinks(big.nodes, links, layout, { triesPerLink: 60 });
      return (performance.now() - start) / count;
    };
    perLink(50); // warm the JIT
    const small = Math.min(perLink(50), perLink(50), perLink(50));
    const large = Math.min(perLink(2000), perLink(2000));
    // n log n would make it log(2000) / log(50) = 1.9 times; quadratic, 40 times. A margin of 3 for a busy machine.
    expect(big.links.length).toBeGreaterThanOrEqual(2000);
    expect(large / small).toBeLessThan(1.9 * 3);
  }, 120_000);
});
