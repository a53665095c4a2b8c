import { describe, expect, it } from 'vitest';
import { labelBands, minLabelPx, narrowFrame, type LabelBand } from '../../src/layout/labelBands';
import { labelSizes } from '../../src/layout/nodeGeometry';

const viewBox = { width: 800, height: 620 };

/** The band a frame gets, as the container queries pick it: the last one that matches. */
function bandFor(bands: readonly LabelBand[], width: number, height: number): LabelBand | undefined {
  return bands.filter((b) => (width < b.belowWidth || height < b.belowHeight) && (!b.narrowOnly || width < narrowFrame)).at(-1);
}

describe('labelBands', () => {
  const bands = labelBands(viewBox);

  it('keeps labels at least 11 px (10 px under 480 px wide) wherever the layout leaves room', () => {
    for (let width = 300; width <= 2000; width += 37)
      for (let height = 240; height <= 1200; height += 29) {
        const scale = Math.min(width / viewBox.width, height / viewBox.height);
        const fontSize = bandFor(bands, width, height)?.fontSize ?? labelSizes.base;
        const minimum = width < narrowFrame ? minLabelPx.narrow : minLabelPx.normal;
        // Below the smallest step the labels are as large as the layout has room for.
        if (fontSize < labelSizes.compactMax) expect(fontSize * scale).toBeGreaterThanOrEqual(minimum - 0.05);
      }
  });

  it('uses full labels for as long as they fit, and short ones only beyond', () => {
    const justFull = (minLabelPx.normal / labelSizes.fullMax) * viewBox.height + 1;
    expect(bandFor(bands, 2000, justFull)?.compact).toBe(false);
    expect(bandFor(bands, 2000, justFull - 3)?.compact).toBe(true);
    expect(bandFor(bands, 2000, 2000)).toBeUndefined();
  });
});
