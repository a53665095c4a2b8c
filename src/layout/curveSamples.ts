import type { Curve } from './linkCurve';

/** Points sampled along each curve when testing it against obstacles (segments between them). */
export const curveSegments = 32;

/** The cubic Bernstein weights at each sample's t, four per sample: computed once. */
const weights = new Float64Array((curveSegments + 1) * 4);
for (let i = 0; i <= curveSegments; i++) {
  const t = i / curveSegments;
  const u = 1 - t;
  weights.set([u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t], i * 4);
}

/**
 * The curve's sample points, x and y interleaved, written into `into` (reused between candidates:
 * routing samples thousands of curves per link).
 */
export function sampleCurve({ start, c1, c2, end }: Curve, into: Float64Array): Float64Array {
  for (let i = 0; i <= curveSegments; i++) {
    const a = weights[i * 4] as number;
    const b = weights[i * 4 + 1] as number;
    const c = weights[i * 4 + 2] as number;
    const d = weights[i * 4 + 3] as number;
    into[i * 2] = a * start.x + b * c1.x + c * c2.x + d * end.x;
    into[i * 2 + 1] = a * start.y + b * c1.y + c * c2.y + d * end.y;
  }
  return into;
}

/** A buffer for `sampleCurve`. */
export const sampleBuffer = () => new Float64Array((curveSegments + 1) * 2);

