import { useEffect, useState } from 'react';
import type { GraphLink } from '../../model/graph';
import type { Explorer, ExplorerStore } from '../../store/explorerStore';

/** How long a removed link lingers while it fades out, in milliseconds (see graph.css). */
export const ghostMilliseconds = 900;

/**
 * Links that the last filter change removed, kept for a moment so they can fade out as ghosts
 * and the class sees what went. None when the reader prefers reduced motion.
 *
 * It listens to the store rather than comparing rendered links, because hydration first renders
 * the prerendered default view and only then the view a shared link asks for: that switch is no
 * change the reader made, and must not fade anything out.
 */
export function useGhostLinks(store: ExplorerStore, reducedMotion: boolean): readonly GraphLink[] {
  const [ghosts, setGhosts] = useState<readonly GraphLink[]>([]);
  useEffect(() => {
    if (reducedMotion) return;
    const shownLinks = (state: Explorer) => store.selectors.shownGraph(state).links;
    let before = shownLinks(store.getState());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state) => {
      const links = shownLinks(state);
      if (links === before) return;
      const now = new Set(links.map((l) => l.id));
      const gone = before.filter((l) => !now.has(l.id));
      before = links;
      if (gone.length === 0) return;
      // Ghosts of a change a moment ago keep fading (unless that link is back), not vanish.
      const goneIds = new Set(gone.map((l) => l.id));
      setGhosts((fading) => [...fading.filter((l) => !now.has(l.id) && !goneIds.has(l.id)), ...gone]);
      clearTimeout(timer);
      timer = setTimeout(() => setGhosts([]), ghostMilliseconds);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      setGhosts([]);
    };
  }, [store, reducedMotion]);
  return ghosts;
}
