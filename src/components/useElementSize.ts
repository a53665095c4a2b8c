import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../layout/fitTransform';

/** Fallback for environments without layout (jsdom): a 16:9 frame. */
const fallback: Size = { width: 960, height: 540 };

/** The element's content size in CSS pixels, kept current as the window or its container resizes. */
export function useElementSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0)
        setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
