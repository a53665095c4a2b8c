import { memo } from 'react';
import type { Graph, GraphLink, LinkKind } from '../model/graph';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Point, Positions } from '../layout/computeLayout';
import { linkPath } from '../layout/linkPath';
import { nodeRadius } from '../layout/nodeGeometry';
import { linkStyles, linkWidth } from './linkStyles';

export interface GraphLinksProps {
  readonly graph: Graph;
  readonly positions: Positions;
  readonly labels: ReadonlyMap<string, string>;
  /** The selection's neighbourhood; null when nothing is selected. */
  readonly highlighted: Neighbourhood | null;
}

const origin: Point = { x: 0, y: 0 };
const arrowGap = 3;

/** Which way the arrow points: benefits flow from a provider, to a beneficiary. */
function endpoints(link: GraphLink): { from: string; to: string } {
  return link.kind === 'provides'
    ? { from: link.source, to: link.target }
    : { from: link.target, to: link.source };
}

function radiusOf(id: string): number {
  return nodeRadius(id.startsWith('actor:') ? 'actor' : 'benefit');
}

function describe(link: GraphLink, labels: ReadonlyMap<string, string>): string {
  const actor = labels.get(link.source) ?? link.source;
  const benefit = labels.get(link.target) ?? link.target;
  const outlets = `${link.weight} outlet${link.weight === 1 ? '' : 's'}`;
  return `${actor} ${linkStyles[link.kind].label}: ${benefit} (${outlets})`;
}

/** Arrowhead markers, one per link kind, sized in pixels so thick links do not get huge arrows. */
export function LinkMarkers() {
  return (
    <defs>
      {(Object.keys(linkStyles) as LinkKind[]).map((kind) => (
        <marker
          key={kind}
          id={`arrow-${kind}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" fill={linkStyles[kind].colour} />
        </marker>
      ))}
    </defs>
  );
}

/** The links, drawn under the nodes; parallel links between one pair bow apart. */
export const GraphLinks = memo(function GraphLinks({ graph, positions, labels, highlighted }: GraphLinksProps) {
  const pairCount = new Map<string, number>();
  for (const link of graph.links) {
    const pair = `${link.source}|${link.target}`;
    pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
  }
  return (
    <g className="graph-links" aria-hidden="true">
      {graph.links.map((link) => {
        const { from, to } = endpoints(link);
        const parallel = (pairCount.get(`${link.source}|${link.target}`) ?? 1) > 1;
        // "provides" runs actor -> benefit and the others benefit -> actor, so one bend value
        // bows a parallel pair to opposite sides.
        const bend = parallel ? 26 : 0;
        const style = linkStyles[link.kind];
        const faded = highlighted !== null && !highlighted.links.has(link.id);
        return (
          <path
            key={link.id}
            className={`graph-link graph-link--${link.kind}${faded ? ' is-faded' : ''}`}
            data-link-id={link.id}
            d={linkPath(
              positions.get(from) ?? origin,
              positions.get(to) ?? origin,
              radiusOf(from) + arrowGap,
              radiusOf(to) + arrowGap,
              bend,
            )}
            stroke={style.colour}
            strokeWidth={linkWidth(link.weight)}
            strokeDasharray={style.dash}
            markerEnd={`url(#arrow-${link.kind})`}
          >
            <title>{describe(link, labels)}</title>
          </path>
        );
      })}
    </g>
  );
});
