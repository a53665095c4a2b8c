import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import type { ExplorerStore } from '../store/explorerStore';

const PresentMode = lazy(() => import('../features/present/PresentMode').then((m) => ({ default: m.PresentMode })));

/** Presentation mode, loaded when the store first asks for it (the Present button or `?mode=present`). */
export function LazyPresentMode({ store }: { store: ExplorerStore }) {
  const presenting = useStore(store, (s) => s.presenting);
  if (!presenting) return null;
  return (
    <Suspense fallback={null}>
      <PresentMode store={store} />
    </Suspense>
  );
}
