import { useEffect, type RefObject } from 'react';
import type { GraphLink } from '../../../model/graph';
import { ghostMilliseconds } from '../useGhostLinks';

/** Links a filter just removed, and how opaque they are drawn now. */
export interface GhostFade {
  readonly links: readonly GraphLink[];
  readonly alpha: number;
}

/** As the SVG's ghosts fade (graph.css): from 0.9, easing out. */
const alphaAt = (t: number) => 0.9 * (1 - t) ** 2;

/**
 * Fades the links a filter removed (see useGhostLinks) on the canvas: a frame at a time for as
 * long as the SVG's ghosts take, each setting `fadeRef` and calling `repaint`, which reads it.
 */
export function useGhostFade(ghosts: readonly GraphLink[], fadeRef: RefObject<GhostFade | null>, repaint: () => void): void {
  useEffect(() => {
    if (ghosts.length === 0) {
      if (fadeRef.current === null) return;
      fadeRef.current = null;
      repaint();
      return;
    }
    let handle = 0;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / ghostMilliseconds);
      fadeRef.current = t < 1 ? { links: ghosts, alpha: alphaAt(t) } : null;
      repaint();
      if (t < 1) handle = requestAnimationFrame(frame);
    };
    fadeRef.current = { links: ghosts, alpha: alphaAt(0) };
    handle = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(handle);
  }, [ghosts, fadeRef, repaint]);
}
