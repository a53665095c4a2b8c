import { memo, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import type { Point } from '../../lib/geometry';
import {
  actorRadius,
  labelGap,
  labelLineHeight,
  labelSideAt,
  labelSizes,
  lineLengths,
  pill,
  pillEm,
  wrapLabel,
  type LabelSide,
} from '../../layout/nodeGeometry';
import type { Emphasis } from '../../model/emphasis';
import { glyphInk } from '../../theme/palette';
import type { GraphNode as GraphNodeModel } from '../../model/graph';
import { onNodeKey, type NodeKeyHandlers } from './onNodeKey';
import { sameNodeProps } from './sameNodeProps';

export interface GraphNodeProps extends NodeKeyHandlers {
  readonly node: GraphNodeModel;
  /** Its accessible name: the label, what it is, and its counts (see nodeName). */
  readonly name: string;
  /** The graph's one Tab stop (a roving focus: the arrows move between nodes). */
  readonly tabbable: boolean;
  readonly position: Point;
  /** The benefit type's colour; actors have none. */
  readonly colour: string | undefined;
  /** A benefit type's abbreviation when colours repeat in the dataset. */
  readonly glyph: string | undefined;
  /** How it stands out for the current selection; undefined nodes fade while something is selected. */
  readonly emphasis: Emphasis | undefined;
  /** The id of its preview card while that is shown, so assistive technology reads the counts too. */
  readonly describedBy?: string | undefined;
  onFocus(node: GraphNodeModel, element: SVGGElement): void;
  /** Shows (element) or hides (null) the node's preview. */
  onPreview(node: GraphNodeModel, element: SVGGElement | null): void;
  onPointerDown(node: GraphNodeModel, event: PointerEvent<SVGGElement>): void;
}

/**
 * The hit area of an actor (also its focus ring) never gets smaller than this, in layout units.
 */
const minTargetRadius = 34;

const em = (n: number) => `${Math.round(n * 1000) / 1000}em`;

/** Text lines centred on y = 0 (or hanging from it, or standing on it), each a tspan. */
function Lines({ lines, x, anchor, align }: { lines: readonly string[]; x: string; anchor: 'start' | 'middle' | 'end'; align: 'centre' | 'top' | 'bottom' }) {
  // A line's baseline sits 0.35em below its middle; lines are labelLineHeight apart.
  const block = lines.length * labelLineHeight;
  const first = align === 'centre' ? 0.35 - (block - labelLineHeight) / 2 : align === 'top' ? 0.9 : 0.9 - block;
  return (
    <>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={em(i === 0 ? first : labelLineHeight)} textAnchor={anchor}>
          {/* The trailing space keeps the text equal to the accessible name when read as one line. */}
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </>
  );
}

/**
 * A benefit type: a rounded box holding a diamond in its colour (with its glyph) and the label.
 * The full pill has a fixed size, in layout units, that holds its label at the largest full size,
 * so links end exactly on its outline; the short one (small frames) grows with its label, in em.
 */
function Pill({ lines, colour, glyph, variant }: { lines: readonly string[]; colour: string | undefined; glyph: string | undefined; variant: 'full' | 'short' }) {
  const size = pillEm(lines);
  const unit = variant === 'full' ? (n: number) => String(Math.round(n * labelSizes.fullMax * 100) / 100) : em;
  const left = -size.width / 2;
  const iconX = left + pill.padStart;
  const textX = iconX + pill.icon + pill.gap + (size.width - pill.padStart - pill.icon - pill.gap - pill.padEnd) / 2;
  return (
    <g className={`graph-node__variant graph-node__variant--${variant}`}>
      {/* The hit area, a little larger than the pill: a 24 px target even in a 400 x 300 frame. */}
      <rect className="graph-node__hit" x={em(left - 0.3)} y={em(-size.height / 2 - 0.65)} width={em(size.width + 0.6)} height={em(size.height + 1.3)} />
      <rect
        className="graph-node__shape"
        x={unit(left)}
        y={unit(-size.height / 2)}
        width={unit(size.width)}
        height={unit(size.height)}
        rx={unit(pill.radius)}
      />
      <svg x={unit(iconX)} y={unit(-pill.icon / 2)} width={unit(pill.icon)} height={unit(pill.icon)} viewBox="-10 -10 20 20" overflow="visible" aria-hidden="true">
        <path className="graph-node__swatch" d="M0,-9L9,0L0,9L-9,0Z" fill={colour} />
        {glyph !== undefined && (
          <text className="graph-node__glyph" y="3.5" textAnchor="middle" aria-hidden="true" fill={colour === undefined ? undefined : glyphInk(colour)}>
            {glyph}
          </text>
        )}
      </svg>
      <text className="graph-node__label" aria-hidden="true">
        <Lines lines={lines} x={unit(textX)} anchor="middle" align="centre" />
      </text>
    </g>
  );
}

/** An actor's label, on the side of its circle away from the links. */
function ActorLabel({ lines, side, variant }: { lines: readonly string[]; side: LabelSide; variant: 'full' | 'short' }) {
  const near = actorRadius + labelGap;
  const placement = {
    below: { x: 0, y: near, anchor: 'middle', align: 'top' },
    above: { x: 0, y: -near, anchor: 'middle', align: 'bottom' },
    left: { x: -near, y: 0, anchor: 'end', align: 'centre' },
    right: { x: near, y: 0, anchor: 'start', align: 'centre' },
  } as const;
  const p = placement[side];
  return (
    <text className={`graph-node__label graph-node__variant graph-node__variant--${variant}`} y={p.y} aria-hidden="true">
      <Lines lines={lines} x={String(p.x)} anchor={p.anchor} align={p.align} />
    </text>
  );
}

/**
 * One node: a circle for an actor, a pill for a benefit type, with its label always shown (the
 * short label in small frames). It is a toggle button: Enter or Space selects it, its keys walk
 * the graph (see onNodeKey); hovering or focusing it shows a preview. All its handlers keep their
 * identity, so it re-renders only when its own props change.
 */
export const GraphNode = memo(function GraphNode(props: GraphNodeProps) {
  const { node, position, colour, glyph, emphasis } = props;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => onNodeKey(event, node, props);
  const full = wrapLabel(node.label, lineLengths.full);
  const short = wrapLabel(node.shortLabel, lineLengths.compact);
  const hasShort = short.join('\n') !== full.join('\n');
  const classes = ['graph-node', `graph-node--${node.kind}`];
  if (emphasis !== undefined) classes.push(`is-${emphasis}`);
  if (node.filteredOut) classes.push('is-filtered-out');
  if (hasShort) classes.push('has-short-label');
  const side = labelSideAt(position);
  // Set from script, not written as a style attribute: a strict Content-Security-Policy refuses
  // those in the first page. Only a selection's emphasis uses it, so the first paint needs none.
  const group = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (colour === undefined) group.current?.style.removeProperty('--pill-colour');
    else group.current?.style.setProperty('--pill-colour', colour);
  }, [colour]);
  return (
    <g
      className={classes.join(' ')}
      data-node-id={node.id}
      transform={`translate(${position.x},${position.y})`}
      ref={group}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.name}
      aria-pressed={emphasis === 'selected'}
      aria-describedby={props.describedBy}
      onClick={() => props.onActivate(node, 'pointer')}
      onKeyDown={onKeyDown}
      onFocus={(event: FocusEvent<SVGGElement>) => {
        props.onFocus(node, event.currentTarget);
        props.onPreview(node, event.currentTarget);
      }}
      onBlur={() => props.onPreview(node, null)}
      onPointerEnter={(event) => props.onPreview(node, event.currentTarget)}
      onPointerLeave={() => props.onPreview(node, null)}
      onPointerDown={(event) => props.onPointerDown(node, event)}
    >
      {node.filteredOut && <title>No claims shown: the current filters hide them</title>}
      {node.kind === 'actor' ? (
        <>
          <circle className="graph-node__hit graph-node__focus" r={minTargetRadius} />
          <circle className="graph-node__shape" r={actorRadius} />
          <ActorLabel lines={full} side={side} variant="full" />
          {hasShort && <ActorLabel lines={short} side={side} variant="short" />}
        </>
      ) : (
        <>
          {/* Both pills always: the full one has a fixed size, which small frames' larger text would overflow. */}
          <Pill lines={full} colour={colour} glyph={glyph} variant="full" />
          <Pill lines={short} colour={colour} glyph={glyph} variant="short" />
        </>
      )}
    </g>
  );
}, sameNodeProps);
