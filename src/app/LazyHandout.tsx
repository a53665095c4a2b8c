import { useEffect, useState, type ComponentType } from 'react';
import { usePrinting } from '../lib/usePrinting';
import type { ExplorerStore } from '../store/explorerStore';
import './print.css';

type HandoutComponent = ComponentType<{ store: ExplorerStore }>;

/**
 * The printed handout. Its chunk loads once the page is interactive (not in the prerendered HTML,
 * so hydration finds exactly the markup the server wrote), but it is drawn only while printing:
 * a story of 20,000 claims would otherwise keep a hidden list of them all in the page. The print
 * stylesheet comes with this file, so it is inline in the first page and a print before the
 * chunk arrives still drops the chrome.
 */
export function LazyHandout({ store }: { store: ExplorerStore }) {
  const [Handout, setHandout] = useState<HandoutComponent | null>(null);
  const printing = usePrinting();

  useEffect(() => {
    let live = true;
    void import('../features/handout/Handout').then((m) => {
      if (live) setHandout(() => m.Handout);
    });
    return () => {
      live = false;
    };
  }, []);

  if (Handout === null || !printing) return null;
  return <Handout store={store} />;
}
