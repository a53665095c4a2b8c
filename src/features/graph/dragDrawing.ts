import type { RefObject } from 'react';
import type { Point, Positions } from '../../lib/geometry';
import { reachCentres, straightRoute } from '../../layout/linkCurve';
import type { Graph } from '../../model/graph';

const origin: Point = { x: 0, y: 0 };

/**
 * Draws node `id` being dragged, and its links straight, by setting their attributes: the per-move
 * work of a drag, kept out of React (which renders the same once the drag is committed). The
 * node's elements and links are looked up once, when the gesture starts moving.
 */
export function dragDrawer(layer: SVGGElement, graph: Graph, id: string, positions: RefObject<Positions>): (p: Point) => void {
  const own = new Map(graph.links.filter((l) => l.source === id || l.target === id).map((l) => [l.id, l]));
  const ends = new Set([...own.values()].flatMap((l) => [l.source, l.target]));
  const nodesById = new Map(graph.nodes.filter((n) => ends.has(n.id)).map((n) => [n.id, n]));
  const node = [...layer.querySelectorAll('[data-node-id]')].find((e) => e.getAttribute('data-node-id') === id) ?? null;
  const links = [...layer.querySelectorAll('[data-link-id]')].flatMap((element) => {
    const link = own.get(element.getAttribute('data-link-id') ?? '');
    if (link === undefined) return [];
    return [{ link, full: [...element.querySelectorAll('.graph-link__variant--full path')], compact: [...element.querySelectorAll('.graph-link__variant--compact path')] }];
  });
  return (p) => {
    node?.setAttribute('transform', `translate(${p.x},${p.y})`);
    for (const { link, full, compact } of links) {
      const source = nodesById.get(link.source);
      const target = nodesById.get(link.target);
      if (source === undefined || target === undefined) continue;
      const at = new Map<string, Point>([
        [link.source, link.source === id ? p : (positions.current.get(link.source) ?? origin)],
        [link.target, link.target === id ? p : (positions.current.get(link.target) ?? origin)],
      ]);
      const d = straightRoute(link, source, target, at);
      const reaching = reachCentres(d, link, at);
      for (const path of full) path.setAttribute('d', d);
      for (const path of compact) path.setAttribute('d', reaching);
    }
  };
}
