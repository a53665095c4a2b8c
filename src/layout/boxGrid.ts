import type { BoxNode } from './nodeGeometry';

/**
 * A uniform grid over placed node boxes, so "does this box touch a placed one?" looks only at
 * the boxes in the cells it covers: the placement pass stays near-linear on large graphs.
 */
export class BoxGrid {
  private readonly cells = new Map<string, BoxNode[]>();

  constructor(
    private readonly cellSize: number,
    private readonly padding: number,
  ) {}

  private *keys(node: BoxNode): Generator<string> {
    const x = node.x ?? 0;
    const y = node.y ?? 0;
    const x0 = Math.floor((x - node.box.left - this.padding) / this.cellSize);
    const x1 = Math.floor((x + node.box.right + this.padding) / this.cellSize);
    const y0 = Math.floor((y - node.box.above - this.padding) / this.cellSize);
    const y1 = Math.floor((y + node.box.below + this.padding) / this.cellSize);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) yield `${i},${j}`;
  }

  add(node: BoxNode): void {
    for (const key of this.keys(node)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [node]);
      else cell.push(node);
    }
  }

  /** Whether the node's box, padded, overlaps any box added so far. */
  touches(node: BoxNode): boolean {
    const x = node.x ?? 0;
    const y = node.y ?? 0;
    for (const key of this.keys(node)) {
      for (const other of this.cells.get(key) ?? []) {
        const ox = other.x ?? 0;
        const oy = other.y ?? 0;
        if (
          x - node.box.left < ox + other.box.right + this.padding &&
          ox - other.box.left < x + node.box.right + this.padding &&
          y - node.box.above < oy + other.box.below + this.padding &&
          oy - other.box.above < y + node.box.below + this.padding
        )
          return true;
      }
    }
    return false;
  }
}
