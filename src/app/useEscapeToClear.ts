import { useStore } from 'zustand';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import type { ExplorerStore } from '../store/explorerStore';

/** While something is selected, Escape clears it, unless something opened since takes the key first. */
export function useEscapeToClear(store: ExplorerStore): void {
  const selected = useStore(store, (s) => s.selected !== null);
  useEscapeLayer(selected, () => store.getState().select(null));
}
