import { narrowFrame, type LabelBand } from '../../layout/labelBands';

/**
 * The label steps as container-query rules for one graph (`scope` is its data-graph value): the
 * same text on the server and in the browser, so the first paint is already right at any size.
 */
export function labelBandCss(scope: string, bands: readonly LabelBand[]): string {
  const graph = `[data-graph="${scope}"] .graph-view__svg`;
  return bands
    .map((band) => {
      const smaller = `(max-width: ${band.belowWidth - 0.02}px) or (max-height: ${band.belowHeight - 0.02}px)`;
      const query = band.narrowOnly ? `(max-width: ${narrowFrame - 0.02}px) and (${smaller})` : smaller;
      const full = band.compact ? 'none' : 'inline';
      const short = band.compact ? 'inline' : 'none';
      return `@container graph ${query}{${graph}{--graph-label-size:${band.fontSize}px;--graph-label-full:${full};--graph-label-short:${short}}}`;
    })
    .join('\n');
}
