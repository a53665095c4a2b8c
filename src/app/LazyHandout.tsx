import { useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
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
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    let live = true;
    void import('../features/handout/Handout').then((m) => {
      if (live) setHandout(() => m.Handout);
    });
    // beforeprint comes just before the page is laid out for paper: render synchronously then.
    const show = () => flushSync(() => setPrinting(true));
    const hide = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? show() : hide());
    window.addEventListener('beforeprint', show);
    window.addEventListener('afterprint', hide);
    media?.addEventListener('change', onMedia);
    return () => {
      live = false;
      window.removeEventListener('beforeprint', show);
      window.removeEventListener('afterprint', hide);
      media?.removeEventListener('change', onMedia);
    };
  }, []);

  if (Handout === null || !printing) return null;
  return <Handout store={store} />;
}
