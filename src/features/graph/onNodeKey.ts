import type { KeyboardEvent } from 'react';
import type { GraphNode } from '../../model/graph';

const nudges: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a node does with a key, whichever renderer drew it. */
export interface NodeKeyHandlers {
  /** Enter or Space: toggles the selection. */
  onActivate(node: GraphNode, via: 'pointer' | 'keyboard'): void;
  /** Arrow keys (Shift for larger steps): moves the node, in screen pixels. */
  onNudge(node: GraphNode, dx: number, dy: number): void;
}

/** A key pressed on a node: Enter or Space selects it, the arrows move it (10 px, 40 with Shift). */
export function onNodeKey(event: KeyboardEvent<Element>, node: GraphNode, handlers: NodeKeyHandlers): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    handlers.onActivate(node, 'keyboard');
    return;
  }
  const nudge = nudges[event.key];
  if (nudge !== undefined) {
    event.preventDefault();
    const step = event.shiftKey ? 40 : 10;
    handlers.onNudge(node, nudge[0] * step, nudge[1] * step);
  }
}
