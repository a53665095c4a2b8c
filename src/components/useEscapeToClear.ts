import { useEffect } from 'react';
import type { ExplorerStore } from '../store/explorerStore';

/** Escape anywhere on the page clears the selection, as clicking the background does. */
export function useEscapeToClear(store: ExplorerStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && store.getState().selected !== null) store.getState().select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
