import { useMemo } from 'react';
import type { Box, Positions, Size } from '../../lib/geometry';
import { graphViewBox, viewBoxBeside } from '../../layout/viewBox';
import type { Graph } from '../../model/graph';

/**
 * The part of the picture a graph shows: the whole unfiltered graph's box, or, while something is
 * selected and a panel floats over the frame's right side (`overlayWidth`), the box moved left of it.
 */
export function useGraphFrame(
  frame: Size | null,
  fullGraph: Graph,
  layout: Positions,
  selected: boolean,
  overlayWidth: ((frameWidth: number) => number) | undefined,
): { readonly viewBox: Box } {
  const fitted = useMemo(() => graphViewBox(fullGraph.nodes, layout), [fullGraph, layout]);
  // Per frame size, not per render: a drag re-renders on every pointer move, and the width reads a style.
  const overlay = useMemo(() => (overlayWidth !== undefined && frame !== null ? overlayWidth(frame.width) : 0), [overlayWidth, frame]);
  const reserved = selected ? overlay : 0;
  const viewBox = useMemo(
    () => (reserved > 0 && frame !== null ? viewBoxBeside(fitted, frame, reserved) : fitted),
    [fitted, frame, reserved],
  );
  return { viewBox };
}

