import { memo, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import type { GraphNode as GraphNodeModel } from '../../model/graph';
import type { Point } from '../../lib/geometry';
import { actorRadius, benefitHalfSize, labelGap, lineLengths, nodeRadius, wrapLabel } from '../../layout/nodeGeometry';

/** How a node stands out while something is selected; `none` nodes fade through a CSS rule on the graph. */
export type NodeEmphasis = 'selected' | 'related' | 'none';

export interface GraphNodeProps {
  readonly node: GraphNodeModel;
  readonly position: Point;
  /** The benefit type's colour; actors have none. */
  readonly colour: string | undefined;
  readonly emphasis: NodeEmphasis;
  /** Toggles the selection; `pointer` activations may be the click that ends a drag. */
  onActivate(node: GraphNodeModel, via: 'pointer' | 'keyboard'): void;
  onFocus(node: GraphNodeModel, element: SVGGElement): void;
  onPointerDown(node: GraphNodeModel, event: PointerEvent<SVGGElement>): void;
  /** Keyboard nudge, in screen pixels. */
  onNudge(node: GraphNodeModel, dx: number, dy: number): void;
}

/**
 * The focus ring, which is also the node's hit area, never gets smaller than this (layout units):
 * with the label it keeps a small diamond a 24 px target even in a 400 x 300 frame.
 */
const minTargetRadius = 28;

const nudges: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** A label as SVG text hanging below the shape; its size comes from CSS (see labelBands). */
function Label({ lines, top, variant }: { lines: readonly string[]; top: number; variant: 'full' | 'short' }) {
  return (
    <text className={`graph-node__label graph-node__label--${variant}`} y={top} textAnchor="middle" aria-hidden="true">
      {lines.map((line, i) => (
        <tspan key={i} x={0} dy={i === 0 ? '0.9em' : '1.15em'}>
          {/* The trailing space keeps the text equal to the accessible name when read as one line. */}
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * One node: a large circle for an actor, a small diamond for a benefit type, with its label
 * always shown (the short label in small frames). It is a toggle button: Enter or Space selects
 * it, arrow keys move it. All its handlers keep their identity, so it re-renders only when its
 * own props change.
 */
export const GraphNode = memo(function GraphNode(props: GraphNodeProps) {
  const { node, position, colour, emphasis } = props;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onActivate(node, 'keyboard');
      return;
    }
    const nudge = nudges[event.key];
    if (nudge !== undefined) {
      event.preventDefault();
      const step = event.shiftKey ? 40 : 10;
      props.onNudge(node, nudge[0] * step, nudge[1] * step);
    }
  };
  const r = nodeRadius(node.kind);
  const full = wrapLabel(node.label, lineLengths.full);
  const short = wrapLabel(node.shortLabel, lineLengths.compact);
  const hasShort = short.join('\n') !== full.join('\n');
  const classes = ['graph-node', `graph-node--${node.kind}`];
  if (emphasis === 'selected') classes.push('is-selected');
  if (emphasis === 'related') classes.push('is-related');
  if (node.filteredOut) classes.push('is-filtered-out');
  if (hasShort) classes.push('has-short-label');
  return (
    <g
      className={classes.join(' ')}
      data-node-id={node.id}
      transform={`translate(${position.x},${position.y})`}
      role="button"
      tabIndex={0}
      aria-label={node.filteredOut ? `${node.label}, no claims shown` : node.label}
      aria-pressed={emphasis === 'selected'}
      onClick={() => props.onActivate(node, 'pointer')}
      onKeyDown={onKeyDown}
      onFocus={(event: FocusEvent<SVGGElement>) => props.onFocus(node, event.currentTarget)}
      onPointerDown={(event) => props.onPointerDown(node, event)}
    >
      {node.filteredOut && <title>No claims shown: the current filters hide them</title>}
      <circle className="graph-node__focus" r={Math.max(r + 6, minTargetRadius)} />
      {node.kind === 'actor' ? (
        <circle className="graph-node__shape" r={actorRadius} />
      ) : (
        <rect
          className="graph-node__shape"
          x={-benefitHalfSize}
          y={-benefitHalfSize}
          width={benefitHalfSize * 2}
          height={benefitHalfSize * 2}
          transform="rotate(45)"
          style={colour === undefined ? undefined : { fill: colour }}
        />
      )}
      <Label lines={full} top={r + labelGap} variant="full" />
      {hasShort && <Label lines={short} top={r + labelGap} variant="short" />}
    </g>
  );
});
