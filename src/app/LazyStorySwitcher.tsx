import { lazy, Suspense } from 'react';
import { useHydrated } from '../lib/useHydrated';
import type { StoryLibrary } from './useStoryLibrary';

const StorySwitcher = lazy(() => import('../features/library/StorySwitcher').then((m) => ({ default: m.StorySwitcher })));

/** The story switcher, once the shelf has answered (after the first paint, never in the prerendered page). */
export function LazyStorySwitcher({ library }: { library: StoryLibrary }) {
  const hydrated = useHydrated();
  if (!hydrated || library.shelf === null) return null;
  return (
    <Suspense fallback={null}>
      <StorySwitcher
        bundledTitle={library.bundledTitle}
        entries={library.entries}
        activeId={library.activeId}
        notice={library.notice}
        unopened={library.unopened}
        unkept={library.unkept}
        onOpen={(id) => void library.open(id)}
        onDelete={(id) => void library.remove(id)}
        onDismiss={library.dismiss}
      />
    </Suspense>
  );
}
