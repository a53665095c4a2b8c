import type { KeyboardEvent } from 'react';
import type { Direction } from '../../layout/nearestInDirection';
import type { GraphNode } from '../../model/graph';

const directions: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const nudges: Readonly<Record<Direction, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** What a node does with a key, whichever renderer drew it (see the shortcut list in the README). */
export interface NodeKeyHandlers {
  /** Enter or Space: toggles the selection. */
  onActivate(node: GraphNode, via: 'pointer' | 'keyboard'): void;
  /** Alt with an arrow (Shift for larger steps): moves the node, in screen pixels. */
  onNudge(node: GraphNode, dx: number, dy: number): void;
  /** An arrow: focus to the nearest node that way; Home and End: to the first and last node. */
  onMoveFocus(node: GraphNode, towards: Direction | 'first' | 'last'): void;
  /** `]` and `[`: says the node's next or previous link. */
  onWalkLink(node: GraphNode, step: 1 | -1): void;
  /** `f`: focus to the other end of the link last said (or of the node's first link). */
  onFollowLink(node: GraphNode): void;
}

/** A key pressed on a node of the graph; keys it does not know pass on (Tab, Escape, the browser's own). */
export function onNodeKey(event: KeyboardEvent<Element>, node: GraphNode, handlers: NodeKeyHandlers): void {
  if (event.ctrlKey || event.metaKey) return;
  const handled = (): true => {
    event.preventDefault();
    return true;
  };
  if (event.key === 'Enter' || event.key === ' ') {
    handled();
    handlers.onActivate(node, 'keyboard');
    return;
  }
  const direction = directions[event.key];
  if (direction !== undefined) {
    handled();
    if (event.altKey) {
      const step = event.shiftKey ? 40 : 10;
      const [x, y] = nudges[direction];
      handlers.onNudge(node, x * step, y * step);
    } else handlers.onMoveFocus(node, direction);
    return;
  }
  if (event.altKey) return;
  if (event.key === 'Home' || event.key === 'End') {
    handled();
    handlers.onMoveFocus(node, event.key === 'Home' ? 'first' : 'last');
  } else if (event.key === ']' || event.key === '[') {
    handled();
    handlers.onWalkLink(node, event.key === ']' ? 1 : -1);
  } else if (event.key === 'f' || event.key === 'F') {
    handled();
    handlers.onFollowLink(node);
  }
}
