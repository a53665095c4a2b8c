import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from './geometry';

/**
 * The element's size in CSS pixels, kept current as it resizes; null until it has been measured
 * (on the server, during hydration, and where there is no layout, as in jsdom), so that nothing
 * drawn before measuring can depend on a guess. With `enabled` false it measures nothing: each
 * measurement costs a second render, which the first paint should not pay for when it is unused.
 */
export function useElementSize(ref: RefObject<Element | null>, enabled = true): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || !enabled) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0)
        setSize((old) => (old !== null && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return enabled ? size : null;
}
