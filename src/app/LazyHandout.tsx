import { lazy, Suspense } from 'react';
import { useHydrated } from '../lib/useHydrated';
import type { ExplorerStore } from '../store/explorerStore';
import './print.css';

// Only paper needs it: a chunk of its own, kept out of the first load's JavaScript budget.
const Handout = lazy(() => import('../features/handout/Handout').then((m) => ({ default: m.Handout })));

/**
 * The printed handout, loaded once the page is interactive: not in the prerendered HTML, so
 * hydration finds exactly the markup the server wrote. The print stylesheet comes with this file,
 * so it is inline in the first page and a print before the chunk arrives still drops the chrome.
 */
export function LazyHandout({ store }: { store: ExplorerStore }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <Handout store={store} />
    </Suspense>
  );
}
