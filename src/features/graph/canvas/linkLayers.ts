import { arrowSize } from '../../../layout/linkCurve';
import type { Emphases } from '../../../model/emphasis';
import type { GraphLink, LinkKind } from '../../../model/graph';
import { linkWidth } from '../../../theme/linkStyles';

/** How a group of links is drawn: behind (and faded while something stands out), or raised. */
export type LinkLevel = 'rest' | 'primary' | 'secondary' | 'single-source';

/** Links drawn with one stroke: the same kind, width and level. */
export interface LinkGroup {
  readonly kind: LinkKind;
  readonly width: number;
  readonly level: LinkLevel;
  /** Every link of the group, one path, and their arrowheads, another (filled). */
  readonly lines: Path2D;
  readonly arrows: Path2D;
}

/** Where a path ends and which way it points there, from its SVG data (`M… L x,y` or `M… C … x,y`). */
export function arrowOf(d: string): { x: number; y: number; dx: number; dy: number } | null {
  const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g);
  if (numbers === null || numbers.length < 4) return null;
  const n = numbers.map(Number);
  const x = n[n.length - 2] as number;
  const y = n[n.length - 1] as number;
  // A curve's last control point, or the line's start: the direction the arrow points.
  const from = d.includes('C') ? [n[n.length - 4] as number, n[n.length - 3] as number] : [n[0] as number, n[1] as number];
  const dx = x - (from[0] as number);
  const dy = y - (from[1] as number);
  const length = Math.hypot(dx, dy) || 1;
  return { x, y, dx: dx / length, dy: dy / length };
}

/** A link's path ready to draw: its points, the box that holds them, and its arrow, in layout units. */
export interface DrawnPath {
  readonly d: string;
  /** `[x0, y0, x1, y1]` for a line, `[x0, y0, c1x, c1y, c2x, c2y, x1, y1]` for a curve. */
  readonly points: readonly number[];
  readonly bounds: Rect;
  readonly arrow: ReturnType<typeof arrowOf>;
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The path data, as routing writes it (`M x,y L x,y` or `M x,y C x,y x,y x,y`), read into points
 * once: a group's path is then built from numbers (no Path2D per link, no parsing per frame).
 */
export function drawnPath(d: string): DrawnPath {
  const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
  const points = numbers.length >= 8 && d.includes('C') ? numbers.slice(0, 8) : numbers.length >= 4 ? [...numbers.slice(0, 2), ...numbers.slice(-2)] : [];
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] as number;
    const y = points[i + 1] as number;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { d, points, bounds: { left, top, right, bottom }, arrow: arrowOf(d) };
}

/**
 * The links sorted into the groups a canvas strokes at once: a few dozen strokes for any number
 * of links. Only links whose box meets `visible` (layout units) are added: zoomed in, the canvas
 * would otherwise still work through every curve off screen (dashing it, above all).
 */
export function linkGroups(
  links: readonly GraphLink[],
  pathOf: (link: GraphLink) => DrawnPath,
  emphases: Emphases | null,
  singleSource: boolean,
  visible: Rect | null = null,
): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const link of links) {
    const drawn = pathOf(link);
    const b = drawn.bounds;
    if (visible !== null && (b.right < visible.left || b.left > visible.right || b.bottom < visible.top || b.top > visible.bottom)) continue;
    const emphasis = emphases?.links.get(link.id);
    const level: LinkLevel = emphasis ?? (emphases === null && singleSource && link.weight === 1 ? 'single-source' : 'rest');
    const width = linkWidth(link.weight);
    const key = `${level}|${link.kind}|${width}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { kind: link.kind, width, level, lines: new Path2D(), arrows: new Path2D() };
      groups.set(key, group);
    }
    const p = drawn.points;
    if (p.length === 8) {
      group.lines.moveTo(p[0] as number, p[1] as number);
      group.lines.bezierCurveTo(p[2] as number, p[3] as number, p[4] as number, p[5] as number, p[6] as number, p[7] as number);
    } else if (p.length === 4) {
      group.lines.moveTo(p[0] as number, p[1] as number);
      group.lines.lineTo(p[2] as number, p[3] as number);
    }
    const { arrow } = drawn;
    if (arrow !== null) {
      // The marker's shape: a triangle `arrowSize` long and wide, its tip at the path's end.
      const bx = arrow.x - arrow.dx * arrowSize;
      const by = arrow.y - arrow.dy * arrowSize;
      group.arrows.moveTo(arrow.x, arrow.y);
      group.arrows.lineTo(bx - (arrow.dy * arrowSize) / 2, by + (arrow.dx * arrowSize) / 2);
      group.arrows.lineTo(bx + (arrow.dy * arrowSize) / 2, by - (arrow.dx * arrowSize) / 2);
      group.arrows.closePath();
    }
  }
  const order: Record<LinkLevel, number> = { rest: 0, 'single-source': 1, secondary: 2, primary: 3 };
  return [...groups.values()].sort((a, b) => order[a.level] - order[b.level] || a.width - b.width);
}
