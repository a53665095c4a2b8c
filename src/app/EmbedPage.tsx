import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Attribution } from '../components/Attribution';
import { Icon } from '../components/Icon';
import { LinkNotice } from '../components/LinkNotice';
import { NewTabLink } from '../components/NewTabLink';
import { DetailPanel } from '../features/details/DetailPanel';
import { FilterBar } from '../features/filters/FilterBar';
import { GraphView } from '../features/graph/GraphView';
import { Legend } from '../features/legend/Legend';
import { graphViewBox } from '../layout/viewBox';
import { identityKey } from '../lib/identityKey';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import { describeHidden } from '../model/describeHidden';
import { viewOf } from '../model/viewState';
import { fullViewUrl, type EmbedOptions } from '../url/embedOptions';
import { encodeView } from '../url/viewUrl';
import { useExplorerStore } from './ExplorerStoreContext';
import { usePostHeight } from './usePostHeight';
import { LazyImportFlow } from './LazyImportFlow';
import type { DataLink } from '../url/dataParam';
import type { LibraryStore } from '../store/libraryStore';

/**
 * The details overlay's width in pixels: keep in step with `.embed__panel` (min(max(22rem, 30%),
 * 45%) plus its margin; a rem grows on large screens, see tokens.css). Under 600 px the panel
 * covers the whole frame (see app.css): the graph beside it would be too small to use, so it
 * keeps its size behind the panel.
 */
const overlayWidth = (frameWidth: number) => {
  if (frameWidth < 600) return 0;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.min(Math.max(22 * rem, 0.3 * frameWidth), 0.45 * frameWidth) + 16;
};

interface EmbedPageProps {
  readonly options: EmbedOptions;
  readonly linkIgnored: readonly string[];
  /** The stories kept in this browser: a link's `?dataset=` is shown where this browser has it. */
  readonly library: LibraryStore;
  /** A link's `?data=`: a file on the web to show, from any browser (where its host allows). */
  readonly dataLink: DataLink | null;
}

/** An embed keeps nothing in the browser: the page around it decides what is stored. */
const keepNothing = () => undefined;

/**
 * The bare graph for an iframe: a one-line title (`?title=0` hides it) and, when filters are on,
 * a line saying what they hide; the graph; a compact legend, the attribution and a link to the
 * full view; the details floating over the graph. `?filters=1` offers the filters behind a
 * button (read-only with `?lock=1`). Small frames (see app.css) fold the legend behind a "Key"
 * button and keep the caption to one line, rather than shrink the picture.
 */
export function EmbedPage({ options, linkIgnored, library, dataLink }: EmbedPageProps) {
  const store = useExplorerStore();
  // An embed of a stored story shows it where this browser keeps it, and says so where not;
  // any other embed never opens the browser's storage.
  const linksStored = useStore(library, (s) => s.origin.kind === 'stored');
  useEffect(() => {
    if (linksStored) void library.getState().connect();
    // Once, for the link the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library]);
  const notice = useStore(library, (s) => s.notice);
  const viewIgnored = useStore(library, (s) => s.viewIgnored);
  const meta = useStore(store, (s) => s.dataset.meta);
  const hidden = useStore(store, (s) => describeHidden(s.dataset, store.selectors.filters(s)));
  const hasSelection = useStore(store, (s) => s.selected !== null);
  // From the store, not the address bar: a sandboxed frame may not rewrite its address.
  const viewQuery = useStore(store, (s) => encodeView(viewOf(s), window.location.search));
  const [arrivedIgnored, setArrivedIgnored] = useState<readonly string[]>([]);
  const [linkRequest] = useState(() => (dataLink === null ? null : { serial: 0, ...dataLink }));
  const [keyOpen, setKeyOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  useEscapeLayer(keyOpen, () => setKeyOpen(false));
  useEscapeLayer(filtersOpen, () => setFiltersOpen(false));
  const legendId = useId();
  const filtersId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const fullGraph = useStore(store, store.selectors.fullGraph);
  const layout = useStore(store, (s) => s.layout);
  const graphAspect = useMemo(() => {
    const box = graphViewBox(fullGraph.nodes, layout);
    return box.height / box.width;
  }, [fullGraph, layout]);
  usePostHeight(rootRef, '.embed__graph', graphAspect);
  const showHeader = options.title || hidden !== null || options.filters || notice !== '';
  return (
    <div className="embed" ref={rootRef}>
      {showHeader && (
        <header className="embed__header">
          {options.title && <h1 className="embed__title">{meta.title}</h1>}
          {hidden !== null && <p className="embed__hidden">{hidden}</p>}
          {notice !== '' && (
            <p className="embed__hidden" role="status">
              {notice}
            </p>
          )}
          {options.filters && (
            <button
              type="button"
              className="embed__filters-toggle"
              aria-expanded={filtersOpen}
              aria-controls={filtersId}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              <Icon name="filter" />
              Filters
            </button>
          )}
        </header>
      )}
      <main className="embed__graph">
        <GraphView key={identityKey(fullGraph)} store={store} overlayWidth={overlayWidth} />
        <LinkNotice key={arrivedIgnored.length + viewIgnored.length} ignored={[...linkIgnored, ...viewIgnored, ...arrivedIgnored]} />
        {linkRequest !== null && <LazyImportFlow store={store} request={linkRequest} onOpened={keepNothing} onViewChecked={setArrivedIgnored} />}
        {options.filters && filtersOpen && (
          // Locked, it holds nothing focusable: the panel itself takes focus so the keyboard can scroll it.
          <aside id={filtersId} className="embed__filters" aria-label="Filters" tabIndex={options.lock ? 0 : undefined}>
            <FilterBar key={identityKey(fullGraph)} store={store} locked={options.lock} />
          </aside>
        )}
        {hasSelection && (
          <div className="embed__panel">
            <DetailPanel store={store} compact filtersLocked={options.lock} />
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
        <NewTabLink href={fullViewUrl(new URL(viewQuery, window.location.href).href)} className="embed__open">
          Open in Who Gains<span aria-hidden="true"> ↗</span>
        </NewTabLink>
      </footer>
    </div>
  );
}
