import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { GraphNode as GraphNodeModel } from '../model/graph';
import { actorRadius, benefitHalfSize, labelFontSize, labelLineHeight, nodeRadius, wrapLabel } from '../layout/nodeGeometry';
import type { Point } from '../layout/computeLayout';

export interface GraphNodeProps {
  readonly node: GraphNodeModel;
  readonly position: Point;
  readonly colour: string;
  readonly selected: boolean;
  readonly faded: boolean;
  /** Labels are drawn this many times larger than layout size, to stay legible in a small frame. */
  readonly labelScale: number;
  onActivate(node: GraphNodeModel): void;
  onFocus(node: GraphNodeModel): void;
  onPointerDown(node: GraphNodeModel, event: PointerEvent<SVGGElement>): void;
  /** Keyboard nudge, in layout units. */
  onNudge(node: GraphNodeModel, dx: number, dy: number): void;
}

const nudges: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * One node: a large circle for an actor, a small diamond for a benefit type, with its label
 * always shown. It is a toggle button: Enter or Space selects it, arrow keys move it.
 */
export const GraphNode = memo(function GraphNode(props: GraphNodeProps) {
  const { node, position, colour, selected, faded, labelScale } = props;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onActivate(node);
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
  const lines = wrapLabel(node.label);
  const classes = ['graph-node', `graph-node--${node.kind}`];
  if (selected) classes.push('is-selected');
  if (faded) classes.push('is-faded');
  if (node.filteredOut) classes.push('is-filtered-out');
  return (
    <g
      className={classes.join(' ')}
      data-node-id={node.id}
      transform={`translate(${position.x},${position.y})`}
      role="button"
      tabIndex={0}
      aria-label={node.label}
      aria-pressed={selected}
      onClick={() => props.onActivate(node)}
      onKeyDown={onKeyDown}
      onFocus={() => props.onFocus(node)}
      onPointerDown={(event) => props.onPointerDown(node, event)}
    >
      <circle className="graph-node__focus" r={r + 6} />
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
          style={{ fill: colour }}
        />
      )}
      <text
        className="graph-node__label"
        y={r + 6 + labelFontSize * labelScale * 0.8}
        textAnchor="middle"
        aria-hidden="true"
        fontSize={labelFontSize * labelScale * (node.kind === 'actor' ? 14 / 13 : 1)}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? 0 : labelLineHeight * labelScale}>
            {/* The trailing space keeps the text content equal to the accessible name. */}
            {i < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
      {node.filteredOut && (
        <text
          className="graph-node__note"
          y={r + 6 + (labelFontSize * 0.8 + lines.length * labelLineHeight) * labelScale}
          fontSize={11 * labelScale}
          textAnchor="middle"
          aria-hidden="true"
        >
          no claims shown
        </text>
      )}
    </g>
  );
});
