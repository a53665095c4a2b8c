import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ExplorerActions, ExplorerState, ExplorerStore } from './explorerStore';

/** One store per mounted explorer (the app, each test), handed down by context. */
export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (store === null) throw new Error('useExplorer must be used inside <ExplorerStoreContext value={store}>');
  return store;
}

export function useExplorer<T>(selector: (state: ExplorerState & ExplorerActions) => T): T {
  return useStore(useExplorerStore(), selector);
}
