import type { Box, Point, Size } from '../../../lib/geometry';

/** Layout units to CSS pixels in the frame: `screen = layout * k + (x, y)`. */
export interface Camera {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** A pan and zoom on top of the fit, as d3-zoom keeps it: in CSS pixels of the fitted picture. */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The viewBox fitted into the frame, centred (SVG's `xMidYMid meet`). */
export function fitCamera(viewBox: Box, frame: Size): Camera {
  const k = Math.min(frame.width / viewBox.width, frame.height / viewBox.height) || 1;
  return { k, x: (frame.width - viewBox.width * k) / 2 - viewBox.x * k, y: (frame.height - viewBox.height * k) / 2 - viewBox.y * k };
}

/** The fit, then the reader's pan and zoom. */
export function zoomedCamera(fit: Camera, zoom: ZoomState): Camera {
  return { k: fit.k * zoom.k, x: fit.x * zoom.k + zoom.x, y: fit.y * zoom.k + zoom.y };
}

export const toScreen = (camera: Camera, p: Point): Point => ({ x: p.x * camera.k + camera.x, y: p.y * camera.k + camera.y });
export const toLayout = (camera: Camera, p: Point): Point => ({ x: (p.x - camera.x) / camera.k, y: (p.y - camera.y) / camera.k });
