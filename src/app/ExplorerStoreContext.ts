import { createContext, useContext } from 'react';
import type { ExplorerStore } from '../store/explorerStore';

/**
 * The store of the explorer being shown, for the app's own layouts. Features do not read it:
 * the app hands each feature the store as a prop, so features never import the app.
 */
export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (store === null) throw new Error('useExplorerStore must be used inside <ExplorerStoreContext value={store}>');
  return store;
}
