import type { NodeKind } from '../model/nodeId';

/** The space a node takes with its label, relative to its centre: the label hangs below the shape. */
export interface NodeBox {
  readonly halfWidth: number;
  readonly above: number;
  readonly below: number;
}

/** A node as the simulation holds it: d3-force's fields plus the room it needs. */
export interface BoxNode {
  x?: number | undefined;
  y?: number | undefined;
  vx?: number | undefined;
  vy?: number | undefined;
  fx?: number | null | undefined;
  fy?: number | null | undefined;
  readonly box: NodeBox;
}

/** Sizes in layout units (one unit is one CSS pixel when the graph is drawn at scale 1). */
export const actorRadius = 30;
export const benefitHalfSize = 11;
/** Space between a shape and the top of its label. */
export const labelGap = 5;
/** Line height of labels, in em. */
export const labelLineHeight = 1.15;

/**
 * Label type sizes in layout units. Labels are drawn at `base`; in frames that shrink the graph
 * they grow (see labelBands) up to `fullMax`, then switch to the short label at up to
 * `compactMax`. The layout keeps room for the largest of these, so labels never collide.
 */
export const labelSizes = { base: 13, fullMax: 15, compactMax: 23.5 } as const;

/** Labels wrap at word boundaries past this many characters: full labels, and short ones. */
export const lineLengths = { full: 18, compact: 11 } as const;

/**
 * Average advance of a glyph, in em, for the fonts `system-ui` resolves to. Generous (DejaVu
 * Sans, the widest common one, averages 0.58 for mixed text), so estimated boxes hold real text.
 */
const glyphWidth = { regular: 0.62, bold: 0.7 } as const;

export function nodeRadius(kind: NodeKind): number {
  return kind === 'actor' ? actorRadius : benefitHalfSize * Math.SQRT2;
}

/** The label split into lines of at most `maxLineLength` characters (a longer word keeps its line). */
export function wrapLabel(label: string, maxLineLength: number = lineLengths.full): string[] {
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

/** Estimated size of a wrapped label at `fontSize`, before the text exists in the DOM. */
export function labelSize(kind: NodeKind, lines: readonly string[], fontSize: number): { width: number; height: number } {
  const em = kind === 'actor' ? glyphWidth.bold : glyphWidth.regular;
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return { width: longest * em * fontSize, height: lines.length * labelLineHeight * fontSize };
}

/**
 * The room a node needs with its label in every presentation: the full label at its largest
 * size, and the short one at its largest (small frames).
 */
export function nodeBox(node: { kind: NodeKind; label: string; shortLabel: string }): NodeBox {
  const r = nodeRadius(node.kind);
  const full = labelSize(node.kind, wrapLabel(node.label, lineLengths.full), labelSizes.fullMax);
  const compact = labelSize(node.kind, wrapLabel(node.shortLabel, lineLengths.compact), labelSizes.compactMax);
  return {
    halfWidth: Math.max(r, full.width / 2, compact.width / 2),
    above: r,
    below: r + labelGap + Math.max(full.height, compact.height),
  };
}
