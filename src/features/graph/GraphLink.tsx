import { memo } from 'react';
import type { Emphasis } from '../../model/emphasis';
import type { GraphLink as GraphLinkModel } from '../../model/graph';
import { plural } from '../../model/plural';
import { linkStyles, widthStep } from '../../theme/linkStyles';
import { markerId } from './LinkMarkers';

export interface GraphLinkProps {
  readonly link: GraphLinkModel;
  readonly scope: string;
  /** SVG path data, routed clear of nodes and labels. */
  readonly d: string;
  /** The same, run on under the pills to their centres: drawn when small frames show short labels. */
  readonly compactD: string;
  /** How it stands out for the current selection (the others fade as a group: see GraphLinks). */
  readonly emphasis: Exclude<Emphasis, 'selected'> | undefined;
  /** Drawn with a halo: the "single-source claims" switch is on and one outlet supports it. */
  readonly singleSource: boolean;
  /** Outlets supporting it with no filters: more than `link.weight` when filters took some away. */
  readonly unfilteredWeight: number;
  /** A link the last filter change removed, fading out. */
  readonly ghost?: boolean;
  /** "North Korea gains: Oil", for its tooltip. */
  readonly description: string;
}

const outlets = (n: number) => plural(n, 'outlet');

/**
 * One link. Memoised on its own props, so dragging a node re-renders only the links that touch
 * it, and selecting re-renders only the links whose emphasis changes. Its width says how many
 * outlets support it (`--link-width`, set by its weight's class in graph.css), which lets the
 * emphasis scale it in CSS.
 */
export const GraphLink = memo(function GraphLink(props: GraphLinkProps) {
  const { link, scope, d, compactD, emphasis, singleSource, unfilteredWeight, ghost = false, description } = props;
  const style = linkStyles[link.kind];
  // The width by class, not a style attribute: a strict Content-Security-Policy refuses those in the first page.
  const classes = ['graph-link', `graph-link--${link.kind}`, `graph-link--weight-${widthStep(link.weight)}`];
  if (emphasis !== undefined) classes.push(`is-${emphasis}`);
  if (singleSource) classes.push('is-single-source');
  if (ghost) classes.push('is-ghost');
  const support =
    unfilteredWeight > link.weight ? `${outlets(link.weight)} shown of ${unfilteredWeight}` : outlets(link.weight);
  return (
    <g
      className={classes.join(' ')}
      data-link-id={ghost ? undefined : link.id}
      data-weight={link.weight}
    >
      {[d, compactD].map((path, i) => {
        const variant = i === 0 ? 'full' : 'compact';
        return (
          <g key={variant} className={`graph-link__variant graph-link__variant--${variant}`}>
            {singleSource && <path className="graph-link__halo" d={path} />}
            <path
              className="graph-link__line"
              d={path}
              stroke={style.colour}
              strokeDasharray={style.dash}
              markerEnd={`url(#${markerId(scope, link.kind)})`}
            >
              <title>{`${description} (${support})`}</title>
            </path>
          </g>
        );
      })}
    </g>
  );
});
