import { useLayoutEffect, useRef, type PointerEvent, type RefObject } from 'react';

/** Downward travel, in CSS pixels, past which letting go dismisses the sheet. */
const dismissDistance = 80;

export interface SwipeHandlers {
  onPointerDown(event: PointerEvent<HTMLElement>): void;
  onPointerMove(event: PointerEvent<HTMLElement>): void;
  onPointerUp(event: PointerEvent<HTMLElement>): void;
  onPointerCancel(event: PointerEvent<HTMLElement>): void;
}

/**
 * A downward swipe on a bottom sheet's handle: the sheet follows the finger (a transform written
 * straight to the element, no re-render per move) and is dismissed when let go far enough down,
 * or springs back. `open` says whether the sheet is shown.
 */
export function useSwipeToDismiss(
  sheetRef: RefObject<HTMLElement | null>,
  open: boolean,
  onDismiss: () => void,
): SwipeHandlers {
  const start = useRef<{ pointerId: number; y: number } | null>(null);
  const offset = (event: PointerEvent<HTMLElement>) =>
    start.current === null || start.current.pointerId !== event.pointerId ? null : Math.max(0, event.clientY - start.current.y);
  const settle = () => {
    start.current = null;
    const sheet = sheetRef.current;
    if (sheet === null) return;
    // Back to the stylesheet's transition, which animates the spring back.
    sheet.style.transition = '';
    sheet.style.transform = '';
  };
  // Closed some other way mid-swipe (Escape, another finger): the next sheet opens in place.
  useLayoutEffect(() => {
    if (!open) settle();
  });
  return {
    onPointerDown: (event) => {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      start.current = { pointerId: event.pointerId, y: event.clientY };
      // Follow the finger exactly while it is down.
      if (sheetRef.current !== null) sheetRef.current.style.transition = 'none';
    },
    onPointerMove: (event) => {
      const dy = offset(event);
      if (dy !== null && sheetRef.current !== null) sheetRef.current.style.transform = `translateY(${dy}px)`;
    },
    onPointerUp: (event) => {
      const dy = offset(event);
      settle();
      if (dy !== null && dy > dismissDistance) onDismiss();
    },
    onPointerCancel: settle,
  };
}
