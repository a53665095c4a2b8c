import { useCallback, useMemo, useRef, type RefObject } from 'react';
import type { Point, Positions } from '../../lib/geometry';
import { reachCentres, straightRoute } from '../../layout/linkCurve';
import type { Graph, GraphLink } from '../../model/graph';

interface Drawn {
  readonly id: string;
  readonly node: Element | null;
  readonly links: readonly { readonly link: GraphLink; readonly full: readonly Element[]; readonly compact: readonly Element[] }[];
}

const origin: Point = { x: 0, y: 0 };

/**
 * Draws a node being dragged, and its links straight, by setting their attributes: the per-move
 * work of a drag, kept out of React (which renders the same once the drag is committed). The
 * elements are looked up once per gesture.
 */
export function useDragDrawing(layerRef: RefObject<SVGGElement | null>, graph: Graph, positions: RefObject<Positions>) {
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const linksOf = useMemo(() => {
    const byNode = new Map<string, GraphLink[]>();
    for (const link of graph.links)
      for (const end of [link.source, link.target]) {
        const list = byNode.get(end);
        if (list === undefined) byNode.set(end, [link]);
        else list.push(link);
      }
    return byNode;
  }, [graph]);
  const drawn = useRef<Drawn | null>(null);

  const elementsOf = useCallback(
    (id: string, layer: SVGGElement): Drawn => {
      const linkIds = new Map((linksOf.get(id) ?? []).map((l) => [l.id, l]));
      const node = [...layer.querySelectorAll('[data-node-id]')].find((e) => e.getAttribute('data-node-id') === id) ?? null;
      const links = [...layer.querySelectorAll('[data-link-id]')].flatMap((element) => {
        const link = linkIds.get(element.getAttribute('data-link-id') ?? '');
        if (link === undefined) return [];
        return [{ link, full: [...element.querySelectorAll('.graph-link__variant--full path')], compact: [...element.querySelectorAll('.graph-link__variant--compact path')] }];
      });
      return { id, node, links };
    },
    [linksOf],
  );

  const draw = useCallback(
    (id: string, p: Point) => {
      const layer = layerRef.current;
      if (layer === null) return;
      if (drawn.current?.id !== id) drawn.current = elementsOf(id, layer);
      const { node, links } = drawn.current;
      node?.setAttribute('transform', `translate(${p.x},${p.y})`);
      for (const { link, full, compact } of links) {
        const source = nodesById.get(link.source);
        const target = nodesById.get(link.target);
        if (source === undefined || target === undefined) continue;
        const ends = new Map<string, Point>([
          [link.source, link.source === id ? p : (positions.current.get(link.source) ?? origin)],
          [link.target, link.target === id ? p : (positions.current.get(link.target) ?? origin)],
        ]);
        const d = straightRoute(link, source, target, ends);
        const reaching = reachCentres(d, link, ends);
        for (const path of full) path.setAttribute('d', d);
        for (const path of compact) path.setAttribute('d', reaching);
      }
    },
    [layerRef, elementsOf, nodesById, positions],
  );
  /** After a drag is committed (React draws it from then on): the next gesture looks its elements up again. */
  const forget = useCallback(() => {
    drawn.current = null;
  }, []);
  return { draw, forget };
}
