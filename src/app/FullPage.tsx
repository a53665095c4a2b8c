import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Attribution } from '../components/Attribution';
import { LinkNotice } from '../components/LinkNotice';
import { DetailPanel } from '../features/details/DetailPanel';
import { FilterBar } from '../features/filters/FilterBar';
import { FilterChangeNote } from '../features/filters/FilterChangeNote';
import { FiltersToggle } from '../features/filters/FiltersToggle';
import { GraphView } from '../features/graph/GraphView';
import { Legend } from '../features/legend/Legend';
import { identityKey } from '../lib/identityKey';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import { useSwipeToDismiss } from '../lib/useSwipeToDismiss';
import { useExplorerStore } from './ExplorerStoreContext';
import { ImportControls } from './ImportControls';
import { LazyHandout } from './LazyHandout';
import { LazyStorySwitcher } from './LazyStorySwitcher';
import { LazyPresentMode } from './LazyPresentMode';
import { LazyShortcuts } from './LazyShortcuts';
import { SkipToGraph } from './SkipToGraph';
import { StoryActions } from './StoryActions';
import type { DataLink } from '../url/dataParam';
import type { LibraryStore } from '../store/libraryStore';

/** Where the page switches to the phone layout: keep in step with app.css. */
const narrowScreen = '(max-width: 899.98px)';

/**
 * The full page. Wide screens: header, then filters | graph | details in three columns.
 * Phones (see app.css): the graph first and full width, the filters behind a button, the
 * details in a bottom sheet that a button, Escape or a downward swipe closes. In both, what is
 * above the graph comes before it in the source and the attribution sits under it as a caption,
 * so a page still streaming in never moves what is already drawn.
 */
interface FullPageProps {
  readonly linkIgnored: readonly string[];
  readonly library: LibraryStore;
  readonly dataLink: DataLink | null;
}

export function FullPage({ linkIgnored, library, dataLink }: FullPageProps) {
  const store = useExplorerStore();
  // What the view of a link's file named that the file does not have: known once it arrives.
  const [arrivedIgnored, setArrivedIgnored] = useState<readonly string[]>([]);
  const viewIgnored = useStore(library, (s) => s.viewIgnored);
  // The shelf is read after the first paint, to list the stories kept and open a link's.
  useEffect(() => void library.getState().connect(), [library]);
  const dataset = useStore(store, (s) => s.dataset);
  const { meta } = dataset;
  const hasSelection = useStore(store, (s) => s.selected !== null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  useEscapeLayer(filtersOpen, () => setFiltersOpen(false));
  // The button and its panel exist only on narrow screens: widening the window closes the panel,
  // so it does not keep Escape for itself while out of sight.
  useEffect(() => {
    if (!filtersOpen || typeof window.matchMedia !== 'function') return;
    const narrow = window.matchMedia(narrowScreen);
    const close = () => {
      if (!narrow.matches) setFiltersOpen(false);
    };
    narrow.addEventListener('change', close);
    return () => narrow.removeEventListener('change', close);
  }, [filtersOpen]);
  // The tab names the story on screen, imported ones too.
  useEffect(() => {
    document.title = `${meta.title} · Who Gains`;
  }, [meta.title]);
  const filtersId = useId();
  const sheetRef = useRef<HTMLElement>(null);
  const swipe = useSwipeToDismiss(sheetRef, hasSelection, () => store.getState().select(null));

  return (
    <div className="app">
      <SkipToGraph target="graph" />
      <LazyShortcuts />
      <header className="app__header">
        <div className="app__titles">
          <h1>{meta.title}</h1>
          <p className="app__description">{meta.description}</p>
        </div>
        <LazyStorySwitcher library={library} />
        <div className="app__actions">
          <FiltersToggle store={store} expanded={filtersOpen} controls={filtersId} onToggle={() => setFiltersOpen((open) => !open)} />
          <ImportControls
            store={store}
            onOpened={(dataset, json, from) => void (from === 'file' ? library.getState().keep(dataset, json) : dataLink !== null && library.getState().showLinked(dataset, dataLink.address))}
            onViewChecked={setArrivedIgnored}
            dataLink={dataLink}
          />
          <StoryActions store={store} />
        </div>
      </header>
      <aside id={filtersId} className={`app__filters${filtersOpen ? ' is-open' : ''}`} aria-label="Filters">
        <FilterBar key={identityKey(dataset)} store={store} />
      </aside>
      <main className="app__main">
        <div className="app__graph" id="graph">
          {/* Another story is another picture: no ghost links, drags or zoom carried over. */}
          <GraphView key={identityKey(dataset)} store={store} />
          <FilterChangeNote store={store} />
          <LinkNotice key={arrivedIgnored.length + viewIgnored.length} ignored={[...linkIgnored, ...viewIgnored, ...arrivedIgnored]} />
        </div>
        <LazyPresentMode store={store} />
        <Attribution meta={meta} />
        {/* On paper the details panel is gone, and with it the only legend: print one (see print.css). */}
        {hasSelection && (
          <div className="app__print-legend">
            <Legend />
          </div>
        )}
      </main>
      <LazyHandout store={store} />
      <aside ref={sheetRef} className={`app__side${hasSelection ? ' has-details' : ''}`} aria-label="Details and legend">
        {hasSelection ? (
          <>
            <div className="app__sheet-handle" aria-hidden="true" {...swipe} />
            <DetailPanel store={store} />
          </>
        ) : (
          <>
            <p className="app__hint">
              Select an actor (circle) or a benefit type (labelled box) to see who gains what, who says so, and
              where. Hover or focus one for a quick count. Drag to pan, scroll or pinch to zoom, press Escape to clear.
            </p>
            <Legend />
          </>
        )}
      </aside>
    </div>
  );
}
