import { memo, type FocusEvent, type PointerEvent } from 'react';
import type { Point } from '../../../lib/geometry';
import { actorRadius, pillHalfSize } from '../../../layout/nodeGeometry';
import type { Emphasis } from '../../../model/emphasis';
import type { GraphNode } from '../../../model/graph';
import { onNodeKey, type NodeKeyHandlers } from '../onNodeKey';
import { sameNodeProps } from '../sameNodeProps';

/** The hit area round an actor's circle, in layout units (as the SVG's): a little larger than the circle. */
const actorTarget = actorRadius + 4;

export interface CanvasNodeProps extends NodeKeyHandlers {
  readonly node: GraphNode;
  /** Its accessible name: the label, what it is, and its counts (see nodeName). */
  readonly name: string;
  /** The graph's one Tab stop (a roving focus: the arrows move between nodes). */
  readonly tabbable: boolean;
  readonly position: Point;
  readonly emphasis: Emphasis | undefined;
  readonly describedBy?: string | undefined;
  onFocusNode(node: GraphNode, element: HTMLElement | null): void;
  onPreview(node: GraphNode, element: HTMLElement | null): void;
  onPointerDown(node: GraphNode, event: PointerEvent<Element>): void;
}

/**
 * A node drawn on the canvas, as the element that carries it for keyboards, screen readers and
 * pointers: a transparent toggle button over the node's shape, with its name and state. It sits
 * in the node layer, which the zoom transforms as a whole, so it never drifts from the drawing.
 */
export const CanvasNode = memo(function CanvasNode(props: CanvasNodeProps) {
  const { node, position, emphasis } = props;
  const half = node.kind === 'actor' ? { width: actorTarget, height: actorTarget } : pillHalfSize(node);
  return (
    <div
      className={`graph-canvas__node graph-canvas__node--${node.kind}`}
      data-node-id={node.id}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.name}
      aria-pressed={emphasis === 'selected'}
      aria-describedby={props.describedBy}
      style={{ left: position.x - half.width, top: position.y - half.height, width: 2 * half.width, height: 2 * half.height }}
      onClick={() => props.onActivate(node, 'pointer')}
      onKeyDown={(event) => onNodeKey(event, node, props)}
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        props.onFocusNode(node, event.currentTarget);
        props.onPreview(node, event.currentTarget);
      }}
      onBlur={() => {
        props.onFocusNode(node, null);
        props.onPreview(node, null);
      }}
      onPointerEnter={(event) => props.onPreview(node, event.currentTarget)}
      onPointerLeave={() => props.onPreview(node, null)}
      onPointerDown={(event) => props.onPointerDown(node, event)}
    />
  );
}, sameNodeProps);
