import { memo } from 'react';
import type { GraphLink as GraphLinkModel } from '../../model/graph';
import type { Point } from '../../lib/geometry';
import { linkPath } from '../../layout/linkPath';
import { linkStyles, linkWidth } from '../../theme/linkStyles';
import { markerId } from './LinkMarkers';

export interface GraphLinkProps {
  readonly link: GraphLinkModel;
  readonly scope: string;
  /** Where the arrow starts and ends: benefits flow from a provider, to a beneficiary. */
  readonly from: Point;
  readonly to: Point;
  readonly fromRadius: number;
  readonly toRadius: number;
  /** Sideways bow in layout units, so parallel links between one pair do not overlap. */
  readonly bend: number;
  /** Part of the selection's neighbourhood: stays bright while the rest fades. */
  readonly related: boolean;
  /** "North Korea gains: Oil (2 outlets)", shown as a tooltip. */
  readonly description: string;
}

/** Gap between a node's edge and the arrow's tip, in layout units. */
const arrowGap = 3;

/**
 * One link. Memoised on its own props, so dragging a node re-renders only the links that touch
 * it, and selecting re-renders only the links whose emphasis changes.
 */
export const GraphLink = memo(function GraphLink(props: GraphLinkProps) {
  const { link, scope, from, to, fromRadius, toRadius, bend, related, description } = props;
  const style = linkStyles[link.kind];
  return (
    <path
      className={`graph-link graph-link--${link.kind}${related ? ' is-related' : ''}`}
      data-link-id={link.id}
      d={linkPath(from, to, fromRadius + arrowGap, toRadius + arrowGap, bend)}
      stroke={style.colour}
      strokeWidth={linkWidth(link.weight)}
      strokeDasharray={style.dash}
      markerEnd={`url(#${markerId(scope, link.kind)})`}
    >
      <title>{description}</title>
    </path>
  );
});
