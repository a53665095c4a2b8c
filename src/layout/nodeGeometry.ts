import type { Point } from '../lib/geometry';
import type { NodeKind } from '../model/nodeId';

/** The space a node takes with its label: distances from its centre to each side. */
export interface NodeBox {
  readonly left: number;
  readonly right: number;
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

/** The node as geometry needs it. */
export interface NodeShapeInput {
  readonly kind: NodeKind;
  readonly label: string;
  readonly shortLabel: string;
}

/** Sizes in layout units (one unit is one CSS pixel when the graph is drawn at scale 1). */
export const actorRadius = 30;
/** Space between an actor's circle and its label. */
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
export const lineLengths = { full: 18, compact: 14 } as const;

/**
 * Average advance of a glyph, in em, for the fonts `system-ui` resolves to. Generous (DejaVu
 * Sans, the widest common one, averages 0.58 for mixed text), so estimated boxes hold real text.
 */
const glyphWidth = { regular: 0.62, bold: 0.7 } as const;

/**
 * A benefit type is a pill: a small diamond in its colour, then its label, in a rounded box.
 * Sizes in em of the label's font, so the pill grows with the label (see labelBands).
 */
export const pill = { padStart: 0.45, icon: 0.75, gap: 0.35, padEnd: 0.55, padY: 0.3, radius: 0.5 } as const;

/** Which side of an actor its label sits on: away from the middle of the picture. */
export type LabelSide = 'below' | 'above' | 'left' | 'right';

/**
 * Above for an actor at the top of the ring (its links arrive from below), below for the others:
 * labels stay out of the links' way without widening the picture, which side labels would.
 */
export function labelSideAt(p: Point): LabelSide {
  return p.y < -Math.abs(p.x) ? 'above' : 'below';
}

/** A label never takes more than this many lines: the rest is left out, with an ellipsis. */
export const maxLabelLines = 3;

/** Cuts `text` to at most `length` characters (code points), the last an ellipsis. */
function ellipsis(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length < length ? `${text}…` : `${chars.slice(0, length - 1).join('')}…`;
}

/**
 * The label as drawn: split into lines of at most `maxLineLength` characters at word boundaries
 * (a longer word keeps its line, up to twice that), at most `maxLabelLines` of them. What is left
 * out ends in an ellipsis; the node's accessible name keeps the whole label. Every size the
 * layout, the routing and the exports reckon with comes from these lines, so a 5,000-character
 * name costs what a short one does. O(label length).
 */
export function wrapLabel(label: string, maxLineLength: number = lineLengths.full): string[] {
  const lines: string[] = [];
  let line = '';
  let more = false;
  for (const [word] of label.matchAll(/\S+/g)) {
    const piece = Array.from(word).length > 2 * maxLineLength ? ellipsis(word, 2 * maxLineLength) : word;
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= maxLineLength) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
      if (lines.length === maxLabelLines) {
        more = true;
        break;
      }
    }
  }
  if (!more && line !== '') lines.push(line);
  if (more) lines[maxLabelLines - 1] = ellipsis(lines[maxLabelLines - 1] as string, maxLineLength);
  return lines;
}

/** Estimated size of wrapped text, in em, before it exists in the DOM. */
export function textEm(kind: NodeKind, lines: readonly string[]): { width: number; height: number } {
  const em = kind === 'actor' ? glyphWidth.bold : glyphWidth.regular;
  return { width: Math.max(0, ...lines.map((l) => l.length)) * em, height: lines.length * labelLineHeight };
}

/** A benefit pill's size in em, for its wrapped label. */
export function pillEm(lines: readonly string[]): { width: number; height: number } {
  const text = textEm('benefit', lines);
  return { width: pill.padStart + pill.icon + pill.gap + text.width + pill.padEnd, height: text.height + 2 * pill.padY };
}

/** The two ways a label is drawn: full, and short in small frames; each at its largest size. */
function variants(node: NodeShapeInput): { lines: string[]; fontSize: number }[] {
  return [
    { lines: wrapLabel(node.label, lineLengths.full), fontSize: labelSizes.fullMax },
    { lines: wrapLabel(node.shortLabel, lineLengths.compact), fontSize: labelSizes.compactMax },
  ];
}

/**
 * The room a node needs with its label in every presentation: the full label at its largest
 * size and the short one at its largest (small frames). An actor's label sits on the side away
 * from the centre, which depends on where the actor is (`at`).
 */
export function nodeBox(node: NodeShapeInput, at: Point = { x: 0, y: 1 }): NodeBox {
  if (node.kind === 'benefit') {
    let halfWidth = 0;
    let halfHeight = 0;
    for (const { lines, fontSize } of variants(node)) {
      const size = pillEm(lines);
      halfWidth = Math.max(halfWidth, (size.width * fontSize) / 2);
      halfHeight = Math.max(halfHeight, (size.height * fontSize) / 2);
    }
    return { left: halfWidth, right: halfWidth, above: halfHeight, below: halfHeight };
  }
  const r = actorRadius;
  let width = 0;
  let height = 0;
  for (const { lines, fontSize } of variants(node)) {
    const size = textEm('actor', lines);
    width = Math.max(width, size.width * fontSize);
    height = Math.max(height, size.height * fontSize);
  }
  const across = Math.max(r, width / 2);
  const along = Math.max(r, height / 2);
  switch (labelSideAt(at)) {
    case 'below':
      return { left: across, right: across, above: r, below: r + labelGap + height };
    case 'above':
      return { left: across, right: across, above: r + labelGap + height, below: r };
    case 'left':
      return { left: r + labelGap + width, right: r, above: along, below: along };
    case 'right':
      return { left: r, right: r + labelGap + width, above: along, below: along };
  }
}

/** A benefit's full pill, half its width and height in layout units, per node (wrapping is not free). */
const pillHalves = new WeakMap<NodeShapeInput, { readonly width: number; readonly height: number }>();

/** Half the width and height of a benefit's full pill, in layout units: the box links end on. */
export function pillHalfSize(node: NodeShapeInput): { readonly width: number; readonly height: number } {
  let halves = pillHalves.get(node);
  if (halves === undefined) {
    const size = pillEm(wrapLabel(node.label, lineLengths.full));
    halves = { width: (size.width * labelSizes.fullMax) / 2, height: (size.height * labelSizes.fullMax) / 2 };
    pillHalves.set(node, halves);
  }
  return halves;
}

/**
 * How far from a node's centre its outline lies in a direction (`dx`, `dy`), in layout units:
 * where a link starts or ends. A benefit's full pill is drawn at a fixed size (for its label at
 * the largest full size), so this is exact whatever the frame.
 */
export function outlineDistance(node: NodeShapeInput, dx: number, dy: number): number {
  if (node.kind === 'actor') return actorRadius;
  const { width: halfWidth, height: halfHeight } = pillHalfSize(node);
  const length = Math.hypot(dx, dy);
  // No direction (a node dragged onto another): the nearest edge, rather than Infinity.
  if (length === 0) return Math.min(halfWidth, halfHeight);
  const cos = Math.abs(dx / length);
  const sin = Math.abs(dy / length);
  return Math.min(cos === 0 ? Infinity : halfWidth / cos, sin === 0 ? Infinity : halfHeight / sin);
}
