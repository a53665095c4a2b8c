import type { ExplorerStore } from '../store/explorerStore';
import { ExplorerStoreContext, useExplorer } from '../store/ExplorerStoreContext';
import { Attribution } from './Attribution';
import { CopyLinkButton } from './CopyLinkButton';
import { DetailPanel } from './DetailPanel';
import { FilterBar } from './FilterBar';
import { GraphView } from './GraphView';
import { Legend } from './Legend';
import { useEscapeToClear } from './useEscapeToClear';

function FullPage() {
  const meta = useExplorer((s) => s.dataset.meta);
  const hasSelection = useExplorer((s) => s.selected !== null);
  return (
    <div className="app">
      <header className="app__header">
        <div>
          <h1>{meta.title}</h1>
          <p className="app__description">{meta.description}</p>
          <Attribution meta={meta} />
        </div>
        <CopyLinkButton />
      </header>
      <aside className="app__filters" aria-label="Filters">
        <FilterBar />
      </aside>
      <main className="app__graph">
        <GraphView />
      </main>
      <aside className="app__side" aria-label="Details and legend">
        {hasSelection ? (
          <DetailPanel />
        ) : (
          <>
            <p className="app__hint">
              Select an actor (circle) or a benefit type (diamond) to see who gains what, who says so, and where.
              Drag to pan, scroll to zoom, press Escape to clear.
            </p>
            <Legend />
          </>
        )}
      </aside>
    </div>
  );
}

function Embed() {
  const meta = useExplorer((s) => s.dataset.meta);
  return (
    <div className="embed">
      <main className="embed__graph">
        <GraphView besideOverlay />
        <div className="embed__panel">
          <DetailPanel />
        </div>
      </main>
      <footer className="embed__footer">
        <Legend compact />
        <Attribution meta={meta} />
      </footer>
    </div>
  );
}

/** The explorer: the full page, or with `embed` the bare graph for an iframe. */
export function App({ store, embed = false }: { store: ExplorerStore; embed?: boolean }) {
  useEscapeToClear(store);
  return <ExplorerStoreContext value={store}>{embed ? <Embed /> : <FullPage />}</ExplorerStoreContext>;
}
