/** Geometry shared by the layout, the store, the renderer and the exports; nothing of the domain. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** An axis-aligned rectangle: its top-left corner and size. */
export interface Box extends Point, Size {}

/** Positions by node id, in layout units around the origin. */
export type Positions = ReadonlyMap<string, Point>;
