import { useEffect, useRef, useState } from 'react';
import type { GraphLink } from '../../model/graph';

/** How long a removed link lingers while it fades out, in milliseconds (see graph.css). */
export const ghostMilliseconds = 900;

/**
 * Links that the last filter change removed, kept for a moment so they can fade out as ghosts
 * and the class sees what went. None when the reader prefers reduced motion.
 */
export function useGhostLinks(links: readonly GraphLink[], reducedMotion: boolean): readonly GraphLink[] {
  const previous = useRef(links);
  const [ghosts, setGhosts] = useState<readonly GraphLink[]>([]);
  useEffect(() => {
    const before = previous.current;
    previous.current = links;
    if (reducedMotion || before === links) return;
    const now = new Set(links.map((l) => l.id));
    const gone = before.filter((l) => !now.has(l.id));
    if (gone.length === 0) return;
    setGhosts(gone);
    const timer = setTimeout(() => setGhosts([]), ghostMilliseconds);
    return () => clearTimeout(timer);
  }, [links, reducedMotion]);
  return ghosts;
}
