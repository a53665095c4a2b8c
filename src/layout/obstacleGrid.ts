import { curveSegments } from './curveSamples';
import { boundsOf, isCircle, segmentHitsCircle, segmentHitsRect, type Obstacle, type Rect } from './linkObstacles';

/** The smallest cell, in layout units: about an actor's width. */
const minCellSize = 64;
/** Cells per obstacle in the grid's frame, for a picture so large that cells of the smallest size would be mostly empty. */
const cellsPerObstacle = 4;
/** Cell coordinates are offset into 0..65535 so that a cell's key is one number. */
const offset = 32768;
const keyOf = (i: number, j: number) => (i + offset) * 65536 + (j + offset);

/**
 * A uniform grid over the obstacles, so that testing a curve looks only at what lies near it:
 * O(samples x obstacles nearby) per curve, whatever the size of the picture, where testing every
 * obstacle made routing O(links x nodes) with a large constant.
 */
export class ObstacleGrid {
  private readonly cells = new Map<number, Obstacle[]>();
  /** Per node, the curve that last counted it as hit: a node's shape and label count once per curve. */
  private readonly hitBy: Int32Array;
  private stamp = 0;
  /**
   * In layout units: an actor's width, or larger for a very large picture (1,000 actors on a ring
   * 60,000 units wide), so that a curve's segment spans a few cells, not hundreds.
   */
  private readonly cellSize: number;

  constructor(obstacles: readonly Obstacle[], nodeCount: number, frame: Rect) {
    this.hitBy = new Int32Array(nodeCount).fill(-1);
    const area = Math.max(0, frame.right - frame.left) * Math.max(0, frame.bottom - frame.top);
    this.cellSize = Math.max(minCellSize, Math.sqrt(area / Math.max(1, cellsPerObstacle * obstacles.length)));
    const cellOf = (v: number) => this.cellOf(v);
    for (const obstacle of obstacles) {
      const b = boundsOf(obstacle.shape);
      for (let i = cellOf(b.left); i <= cellOf(b.right); i++)
        for (let j = cellOf(b.top); j <= cellOf(b.bottom); j++) {
          const key = keyOf(i, j);
          const cell = this.cells.get(key);
          if (cell === undefined) this.cells.set(key, [obstacle]);
          else cell.push(obstacle);
        }
    }
  }

  /**
   * How many nodes the sampled curve runs through (shapes of nodes other than its ends `from`
   * and `to`, and every actor's label), counting no further than `enough`: a candidate that
   * already crosses more than the best one found cannot win.
   */
  private cellOf(v: number): number {
    return Math.max(-offset, Math.min(offset - 1, Math.floor(v / this.cellSize)));
  }

  hits(samples: Float64Array, from: number, to: number, enough: number): number {
    const cellOf = (v: number) => this.cellOf(v);
    const stamp = ++this.stamp;
    let count = 0;
    for (let s = 0; s < curveSegments; s++) {
      const ax = samples[s * 2] as number;
      const ay = samples[s * 2 + 1] as number;
      const bx = samples[s * 2 + 2] as number;
      const by = samples[s * 2 + 3] as number;
      const i1 = cellOf(Math.max(ax, bx));
      const j0 = cellOf(Math.min(ay, by));
      const j1 = cellOf(Math.max(ay, by));
      for (let i = cellOf(Math.min(ax, bx)); i <= i1; i++)
        for (let j = j0; j <= j1; j++) {
          const cell = this.cells.get(keyOf(i, j));
          if (cell === undefined) continue;
          for (const o of cell) {
            if (this.hitBy[o.node] === stamp || (!o.isLabel && (o.node === from || o.node === to))) continue;
            const hit = isCircle(o.shape) ? segmentHitsCircle(ax, ay, bx, by, o.shape) : segmentHitsRect(ax, ay, bx, by, o.shape);
            if (!hit) continue;
            this.hitBy[o.node] = stamp;
            if (++count >= enough) return count;
          }
        }
    }
    return count;
  }
}

/** Whether any sample of the curve lies outside the frame. */
export function leavesFrame(samples: Float64Array, frame: Rect): boolean {
  for (let s = 0; s <= curveSegments; s++) {
    const x = samples[s * 2] as number;
    const y = samples[s * 2 + 1] as number;
    if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return true;
  }
  return false;
}
