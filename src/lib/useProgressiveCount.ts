import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: all of them when they are few (and so on the server and at
 * hydration), otherwise `step` at first and `step` more in each following task. A story of
 * thousands of links then arrives in short tasks the page can answer input between, instead of
 * one that holds it still. The count only grows: a component showing another story remounts.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(step);
  const pending = count < total;
  useEffect(() => {
    if (!pending) return;
    const handle = setTimeout(() => setCount((c) => c + step), 0);
    return () => clearTimeout(handle);
  }, [pending, count, step]);
  return Math.min(count, total);
}
