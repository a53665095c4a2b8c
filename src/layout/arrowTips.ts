import type { Point } from '../lib/geometry';

const offset = 32768;
const keyOf = (i: number, j: number) => (i + offset) * 65536 + (j + offset);

/**
 * The arrow tips placed so far round each node, hashed by position in cells as wide as the
 * spacing they keep: "how many tips are too near this one" looks at nine cells, however many
 * links meet at the node (a busy benefit type has hundreds).
 */
export class ArrowTips {
  private readonly byNode = new Map<number, Map<number, Point[]>>();

  constructor(private readonly spacing: number) {}

  private cellOf(v: number): number {
    return Math.max(-offset, Math.min(offset - 1, Math.floor(v / this.spacing)));
  }

  add(node: number, tip: Point): void {
    let cells = this.byNode.get(node);
    if (cells === undefined) this.byNode.set(node, (cells = new Map()));
    const key = keyOf(this.cellOf(tip.x), this.cellOf(tip.y));
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [tip]);
    else cell.push(tip);
  }

  /** How many tips at the node lie closer than the spacing to `tip`. */
  crowding(node: number, tip: Point): number {
    const cells = this.byNode.get(node);
    if (cells === undefined) return 0;
    const ci = this.cellOf(tip.x);
    const cj = this.cellOf(tip.y);
    let count = 0;
    for (let i = ci - 1; i <= ci + 1; i++)
      for (let j = cj - 1; j <= cj + 1; j++)
        for (const t of cells.get(keyOf(i, j)) ?? []) if (Math.hypot(t.x - tip.x, t.y - tip.y) < this.spacing) count++;
    return count;
  }
}
