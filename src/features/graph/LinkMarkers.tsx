import type { LinkKind } from '../../model/graph';
import { arrowSize } from '../../layout/linkCurve';
import { linkStyles } from '../../theme/linkStyles';

const kinds = Object.keys(linkStyles) as LinkKind[];

/** Arrowhead markers, one per link kind, sized in layout units so thick links do not get huge arrows. */
export function LinkMarkers({ scope }: { scope: string }) {
  return (
    <defs>
      {kinds.map((kind) => (
        <marker
          key={kind}
          id={markerId(scope, kind)}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth={arrowSize}
          markerHeight={arrowSize}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" fill={linkStyles[kind].colour} />
        </marker>
      ))}
    </defs>
  );
}

/** Marker ids are scoped to one graph, so two graphs on a page never borrow each other's arrows. */
export function markerId(scope: string, kind: LinkKind): string {
  return `${scope}-arrow-${kind}`;
}
