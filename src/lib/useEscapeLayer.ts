import { useEffect } from 'react';
import { pushEscapeLayer } from './escapeStack';
import { useLatest } from './useLatest';

/** While `open`, Escape calls `onEscape`, unless something opened later takes it first. */
export function useEscapeLayer(open: boolean, onEscape: () => void): void {
  const latest = useLatest(onEscape);
  useEffect(() => {
    if (!open) return;
    return pushEscapeLayer(() => latest.current());
  }, [open, latest]);
}
