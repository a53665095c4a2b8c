import { useCallback, useEffect, useRef } from 'react';

/**
 * A function that runs `callback` at the next animation frame, however often it is called before
 * then: a gesture's many events make one drawing per frame.
 */
export function useFrameCallback(callback: () => void): () => void {
  const pending = useRef<number | null>(null);
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(
    () => () => {
      if (pending.current !== null) cancelAnimationFrame(pending.current);
    },
    [],
  );
  return useCallback(() => {
    if (pending.current !== null) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = null;
      latest.current();
    });
  }, []);
}
