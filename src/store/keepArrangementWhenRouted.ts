import type { DatasetShelf } from '../io/datasetShelf';
import { keepArrangement } from '../layout/keptArrangement';
import type { Dataset } from '../model/dataset';
import type { Explorer, ExplorerStore } from './explorerStore';

/**
 * Keeps the arrangement of `dataset`, stored as `id`, once its links are routed (now, or when the
 * curves arrive), so that opening it again lays nothing out. Nothing is kept if another story is
 * shown first. Returns a way to stop waiting.
 */
export function keepArrangementWhenRouted(store: ExplorerStore, shelf: DatasetShelf, id: string, dataset: Dataset): () => void {
  const routed = (state: Explorer) => state.routes.size > 0 || store.selectors.fullGraph(state).links.length === 0;
  const keep = (state: Explorer) => void shelf.arrange(id, keepArrangement(state.layout, state.routes));
  const now = store.getState();
  if (now.dataset !== dataset) return () => undefined;
  if (routed(now)) {
    keep(now);
    return () => undefined;
  }
  const unsubscribe = store.subscribe((state) => {
    if (state.dataset !== dataset) unsubscribe();
    else if (routed(state)) {
      unsubscribe();
      keep(state);
    }
  });
  return unsubscribe;
}
