import type { Size } from '../lib/geometry';
import { labelSizes } from './nodeGeometry';

/**
 * One step of label sizing: in a frame narrower than `belowWidth` or shorter than `belowHeight`
 * CSS pixels (and, when `narrowOnly`, under 480 px wide) labels are drawn at `fontSize` layout
 * units, short ones when `compact`. Steps apply in order, the last that matches wins.
 */
export interface LabelBand {
  readonly belowWidth: number;
  readonly belowHeight: number;
  readonly narrowOnly: boolean;
  readonly fontSize: number;
  readonly compact: boolean;
}

/** The smallest label size on screen, in CSS pixels, and in frames under `narrowFrame` pixels wide. */
export const minLabelPx = { normal: 11, narrow: 10 } as const;
export const narrowFrame = 480;
/** Ratio between neighbouring steps: labels are at most this much above the minimum. */
const step = 1.08;

function bandsFor(viewBox: Size, minPx: number, narrowOnly: boolean): LabelBand[] {
  const bands: LabelBand[] = [];
  // The graph is drawn at scale s = min(frame width / viewBox width, frame height / viewBox
  // height). While s >= minPx / base, labels at their base size are large enough. Steps shrink
  // by `step`, with one exactly where full labels stop fitting (minPx / fullMax), so a frame
  // that can still hold full labels never gets short ones.
  const lastFull = minPx / labelSizes.fullMax;
  let scale = minPx / labelSizes.base;
  for (;;) {
    const next = scale > lastFull && scale / step < lastFull ? lastFull : scale / step;
    const fontSize = minPx / next;
    if (fontSize > labelSizes.compactMax * step) break;
    bands.push({
      belowWidth: Math.round(scale * viewBox.width),
      belowHeight: Math.round(scale * viewBox.height),
      narrowOnly,
      // Rounded up, so a label never ends a hair under its minimum.
      fontSize: Math.min(Math.ceil(fontSize * 10 - 1e-6) / 10, labelSizes.compactMax),
      compact: fontSize > labelSizes.fullMax + 1e-9,
    });
    scale = next;
  }
  return bands;
}

/**
 * Label sizes for every frame size, as container-query steps, so that the server-rendered page
 * and the running app draw the same picture at any size with no script: labels stay at least
 * 11 CSS px (10 px in frames under 480 px) however small the frame, switching to short labels
 * where full ones would need more room than the layout keeps for them.
 */
export function labelBands(viewBox: Size): LabelBand[] {
  return [...bandsFor(viewBox, minLabelPx.normal, false), ...bandsFor(viewBox, minLabelPx.narrow, true)];
}
