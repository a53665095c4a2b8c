import { describe, expect, it } from 'vitest';
import { nearestInDirection, type Direction } from '../../src/layout/nearestInDirection';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { bundledStory } from '../fixtures/datasets';

const grid = new Map([
  ['centre', { x: 0, y: 0 }],
  ['east', { x: 100, y: 10 }],
  ['far-east', { x: 300, y: 0 }],
  ['north-east', { x: 60, y: -80 }],
  ['south', { x: 5, y: 120 }],
]);
const ids = [...grid.keys()];

describe('nearestInDirection', () => {
  it('takes the nearest node ahead, keeping to the line before crossing the picture', () => {
    expect(nearestInDirection('centre', 'right', grid, ids)).toBe('east');
    expect(nearestInDirection('centre', 'down', grid, ids)).toBe('south');
    expect(nearestInDirection('centre', 'up', grid, ids)).toBe('north-east');
    expect(nearestInDirection('east', 'right', grid, ids)).toBe('far-east');
  });

  it('stays put (null) when nothing lies that way', () => {
    expect(nearestInDirection('far-east', 'right', grid, ids)).toBeNull();
    expect(nearestInDirection('centre', 'left', grid, ids)).toBeNull();
  });

  it('reaches every node of the bundled story within 5 key presses of entering the graph', () => {
    // The keys of useGraphKeyboard: an arrow or Home/End is one press; following a node's k-th
    // link is k presses of `]` and one of `f` (the first link: `f` alone).
    const story = bundledStory();
    const graph = deriveGraph(story.dataset, noFilters);
    const nodeIds = graph.nodes.map((n) => n.id);
    const linksOf = (id: string) => graph.links.filter((l) => l.source === id || l.target === id);
    const moves = (id: string): [string, number][] => {
      const out: [string, number][] = [];
      for (const d of ['left', 'right', 'up', 'down'] as Direction[]) {
        const to = nearestInDirection(id, d, story.layout, nodeIds);
        if (to !== null) out.push([to, 1]);
      }
      out.push([nodeIds[0]!, 1], [nodeIds[nodeIds.length - 1]!, 1]);
      linksOf(id).forEach((link, k) => out.push([link.source === id ? link.target : link.source, k === 0 ? 1 : k + 1]));
      return out;
    };
    const presses = new Map([[nodeIds[0]!, 0]]);
    for (let round = 0; round < nodeIds.length; round++)
      for (const [id, cost] of [...presses])
        for (const [to, step] of moves(id)) if ((presses.get(to) ?? Infinity) > cost + step) presses.set(to, cost + step);
    const worst = Math.max(...nodeIds.map((id) => presses.get(id) ?? Infinity));
    expect(presses.size).toBe(nodeIds.length);
    console.log(`Key presses to reach each node of the bundled story: at most ${worst}`);
    expect(worst).toBeLessThanOrEqual(5);
  });
});
