import type { NodeKind } from '../model/nodeId';

/** Sizes in layout units (one unit is one CSS pixel at zoom 1). */
export const actorRadius = 30;
export const benefitHalfSize = 11;
export const labelFontSize = 13;
export const labelLineHeight = 15;
/** Average glyph width of the UI font at `labelFontSize`: a fair estimate for system sans-serif. */
const averageGlyphWidth = 7.2;
/**
 * How much larger than layout size labels may be drawn when the frame shrinks the graph (a small
 * slide). The layout spaces nodes for labels this large, so they never collide.
 */
export const maxLabelScale = 1.3;
/** Labels wrap at word boundaries past this many characters, so long names stay compact. */
const maxLineLength = 18;

export function nodeRadius(kind: NodeKind): number {
  return kind === 'actor' ? actorRadius : benefitHalfSize * Math.SQRT2;
}

/** The label split into lines of at most `maxLineLength` characters (a longer word keeps its line). */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > maxLineLength) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Estimated width of the widest label line, for spacing before the text exists in the DOM. */
export function labelWidth(label: string): number {
  return Math.max(0, ...wrapLabel(label).map((l) => l.length)) * averageGlyphWidth;
}

/** The extents of a node together with its label, which sits centred below the shape. */
export function nodeExtent(kind: NodeKind, label: string): { halfWidth: number; below: number; above: number } {
  const r = nodeRadius(kind);
  const lines = wrapLabel(label).length;
  return { halfWidth: Math.max(r, labelWidth(label) / 2), above: r, below: r + 6 + lines * labelLineHeight + 4 };
}
