import { useEffect, type RefObject } from 'react';

/** The message an embed sends its host page: `{ type: 'who-gains:height', height }`, in CSS pixels. */
export const heightMessageType = 'who-gains:height';
export const heightBounds = { min: 240, max: 2000 } as const;
const debounceMs = 150;

/**
 * Tells the page hosting this embed how tall it would like to be, so a host can size the iframe
 * to fit. The height is the frame's chrome (title, legend, caption) plus the graph at its own
 * aspect (`graphAspect`, height over width, of the whole picture) for the current width: it
 * does not depend on the frame's height, so a host that applies it never starts a loop of
 * growing frames. Clamped, debounced, sent only when it changes, and a
 * flip between two values at one width (folding the legend can cause one) stops at the first.
 * Nothing is posted outside an iframe, and no message is ever read.
 */
export function usePostHeight(rootRef: RefObject<HTMLElement | null>, graphSelector: string, graphAspect: number): void {
  useEffect(() => {
    const root = rootRef.current;
    if (root === null || window.parent === window) return;
    let sent: number[] = [];
    let sentAtWidth = -1;
    let lastFrameHeight = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const graph = root.querySelector<HTMLElement>(graphSelector);
      const aspect = Number.isFinite(graphAspect) && graphAspect > 0 ? graphAspect : 9 / 16;
      const chrome = root.offsetHeight - (graph?.offsetHeight ?? 0);
      const width = root.clientWidth;
      const height = Math.round(Math.min(heightBounds.max, Math.max(heightBounds.min, chrome + width * aspect)));
      // A new width, or a change of content while the host left the frame alone (a filter line
      // appears), may ask for any height again; only the host's own resizes can start a loop.
      if (width !== sentAtWidth || root.offsetHeight === lastFrameHeight) sent = [];
      lastFrameHeight = root.offsetHeight;
      if (sent.includes(height)) return;
      sent = [...sent, height];
      sentAtWidth = width;
      window.parent.postMessage({ type: heightMessageType, height }, '*');
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(measure, debounceMs);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(root);
    for (const part of root.children) observer.observe(part);
    schedule();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [rootRef, graphSelector, graphAspect]);
}
