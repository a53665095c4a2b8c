import { lazy, Suspense, useState } from 'react';
import type { GraphRenderer } from '../features/export/graphRenderer';
import type { ExplorerStore } from '../store/explorerStore';
import { renderGraphOffscreen } from './renderGraphOffscreen';

// Each is its own chunk, fetched when first wanted (or when the pointer or focus comes near the
// button), so none of it weighs on the first paint.
const loadShare = () => import('../features/share/ShareDialog');
const ShareDialog = lazy(() => loadShare().then((m) => ({ default: m.ShareDialog })));
const loadExport = () => import('../features/export/ExportDialog');
const ExportDialog = lazy(() => loadExport().then((m) => ({ default: m.ExportDialog })));

/** Presentation starts in full screen where the browser allows it; it works in the page otherwise. */
function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

/** The header's Share, Export and Present buttons, and the dialogs they open. */
export function StoryActions({ store }: { store: ExplorerStore }) {
  const [open, setOpen] = useState<'share' | 'export' | null>(null);
  const close = () => setOpen(null);
  const renderGraph: GraphRenderer = (view, size) => {
    const { dataset, layout, routes } = store.getState();
    return renderGraphOffscreen({ dataset, layout, routes }, view, size);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen('share')} onPointerEnter={() => void loadShare()} onFocus={() => void loadShare()}>
        Share
      </button>
      <button type="button" onClick={() => setOpen('export')} onPointerEnter={() => void loadExport()} onFocus={() => void loadExport()}>
        Export
      </button>
      <button
        type="button"
        className="app__present"
        onClick={() => {
          enterFullscreen();
          store.getState().setPresenting(true);
        }}
      >
        Present
      </button>
      {open === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog store={store} onClose={close} />
        </Suspense>
      )}
      {open === 'export' && (
        <Suspense fallback={null}>
          <ExportDialog store={store} renderGraph={renderGraph} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
