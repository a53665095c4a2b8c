import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { Attribution } from '../components/Attribution';
import { LinkNotice } from '../components/LinkNotice';
import { DetailPanel } from '../features/details/DetailPanel';
import { GraphView } from '../features/graph/GraphView';
import { Legend } from '../features/legend/Legend';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import { useExplorerStore } from './ExplorerStoreContext';
import { describeHidden } from '../model/describeHidden';
import type { EmbedOptions } from '../url/embedOptions';

/**
 * The details overlay's width in pixels: keep in step with `.embed__panel` (min(22rem, 45%) plus
 * its margin). Under 600 px the panel covers the whole frame (see app.css): the graph beside it
 * would be too small to use, so it keeps its size behind the panel.
 */
const overlayWidth = (frameWidth: number) => (frameWidth < 600 ? 0 : Math.min(352, 0.45 * frameWidth) + 16);

/**
 * The bare graph for an iframe: a one-line title (`?title=0` hides it) and, when filters are on,
 * a line saying what they hide; the graph; a compact legend and the attribution; the details
 * floating over the graph. Small frames (see app.css) fold the legend behind a "Key" button and keep the
 * caption to one line, rather than shrink the picture.
 */
export function EmbedPage({ options, linkIgnored }: { options: EmbedOptions; linkIgnored: readonly string[] }) {
  const store = useExplorerStore();
  const meta = useStore(store, (s) => s.dataset.meta);
  const hidden = useStore(store, (s) => describeHidden(s.dataset, store.selectors.filters(s)));
  const hasSelection = useStore(store, (s) => s.selected !== null);
  const [keyOpen, setKeyOpen] = useState(false);
  useEscapeLayer(keyOpen, () => setKeyOpen(false));
  const legendId = useId();
  return (
    <div className="embed">
      {(options.title || hidden !== null) && (
        <header className="embed__header">
          {options.title && <h1 className="embed__title">{meta.title}</h1>}
          {hidden !== null && <p className="embed__hidden">{hidden}</p>}
        </header>
      )}
      <main className="embed__graph">
        <GraphView store={store} overlayWidth={overlayWidth} />
        <LinkNotice ignored={linkIgnored} />
        {hasSelection && (
          <div className="embed__panel">
            <DetailPanel store={store} compact />
          </div>
        )}
      </main>
      <footer className={`embed__footer${keyOpen ? ' is-key-open' : ''}`}>
        <button
          type="button"
          className="embed__key-toggle"
          aria-expanded={keyOpen}
          aria-controls={legendId}
          onClick={() => setKeyOpen((open) => !open)}
        >
          Key
        </button>
        <Legend compact id={legendId} />
        <Attribution meta={meta} />
      </footer>
    </div>
  );
}
