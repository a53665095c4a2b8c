/**
 * A linear congruential generator with d3-force's own constants, so that a seeded layout is
 * reproducible: the same graph gives the same picture every time a slide is shown.
 * Returns numbers in [0, 1).
 */
export function seededRandom(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
