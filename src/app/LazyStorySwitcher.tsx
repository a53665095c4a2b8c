import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { useHydrated } from '../lib/useHydrated';
import { activeStoryId, type LibraryStore } from '../store/libraryStore';

const StorySwitcher = lazy(() => import('../features/library/StorySwitcher').then((m) => ({ default: m.StorySwitcher })));

/** The story switcher, once the shelf has answered (after the first paint, never in the prerendered page). */
export function LazyStorySwitcher({ library }: { library: LibraryStore }) {
  const hydrated = useHydrated();
  const state = useStore(library);
  if (!hydrated || state.shelf === null) return null;
  return (
    <Suspense fallback={null}>
      <StorySwitcher
        bundledTitle={state.bundledTitle}
        entries={state.entries}
        activeId={activeStoryId(state)}
        notice={state.notice}
        unopened={state.unopened}
        unkept={state.unkept}
        onOpen={(id) => void state.open(id)}
        onDelete={(id) => void state.remove(id)}
        onDismiss={state.dismiss}
      />
    </Suspense>
  );
}
