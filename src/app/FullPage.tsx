import { useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Attribution } from '../components/Attribution';
import { CopyLinkButton } from '../components/CopyLinkButton';
import { DetailPanel } from '../features/details/DetailPanel';
import { FilterBar } from '../features/filters/FilterBar';
import { FiltersToggle } from '../features/filters/FiltersToggle';
import { GraphView } from '../features/graph/GraphView';
import { Legend } from '../features/legend/Legend';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import { useSwipeToDismiss } from '../lib/useSwipeToDismiss';
import { useExplorerStore } from './ExplorerStoreContext';

/**
 * The full page. Wide screens: header, then filters | graph | details in three columns.
 * Phones (see app.css): the graph first and full width, the filters behind a button, the
 * details in a bottom sheet that a button, Escape or a downward swipe closes. In both, what is
 * above the graph comes before it in the source and the attribution sits under it as a caption,
 * so a page still streaming in never moves what is already drawn.
 */
export function FullPage() {
  const store = useExplorerStore();
  const meta = useStore(store, (s) => s.dataset.meta);
  const hasSelection = useStore(store, (s) => s.selected !== null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  useEscapeLayer(filtersOpen, () => setFiltersOpen(false));
  const filtersId = useId();
  const sheetRef = useRef<HTMLElement>(null);
  const swipe = useSwipeToDismiss(sheetRef, () => store.getState().select(null));

  return (
    <div className="app">
      <header className="app__header">
        <div className="app__titles">
          <h1>{meta.title}</h1>
          <p className="app__description">{meta.description}</p>
        </div>
        <div className="app__actions">
          <FiltersToggle store={store} expanded={filtersOpen} controls={filtersId} onToggle={() => setFiltersOpen((open) => !open)} />
          <CopyLinkButton />
        </div>
      </header>
      <aside id={filtersId} className={`app__filters${filtersOpen ? ' is-open' : ''}`} aria-label="Filters">
        <FilterBar store={store} />
      </aside>
      <main className="app__main">
        <div className="app__graph">
          <GraphView store={store} />
        </div>
        <Attribution meta={meta} />
      </main>
      <aside ref={sheetRef} className={`app__side${hasSelection ? ' has-details' : ''}`} aria-label="Details and legend">
        {hasSelection ? (
          <>
            <div className="app__sheet-handle" aria-hidden="true" {...swipe} />
            <DetailPanel store={store} />
          </>
        ) : (
          <>
            <p className="app__hint">
              Select an actor (circle) or a benefit type (diamond) to see who gains what, who says so, and where.
              Drag to pan, scroll or pinch to zoom, press Escape to clear.
            </p>
            <Legend />
          </>
        )}
      </aside>
    </div>
  );
}
