import { useStore } from 'zustand';
import { Icon } from '../../components/Icon';
import type { ExplorerStore } from '../../store/explorerStore';

interface FiltersToggleProps {
  readonly store: ExplorerStore;
  readonly expanded: boolean;
  /** The id of the filters region it shows and hides. */
  readonly controls: string;
  onToggle(): void;
}

/** On a phone the filters sit behind this button, which says how many are switched off. */
export function FiltersToggle({ store, expanded, controls, onToggle }: FiltersToggleProps) {
  const hidden = useStore(store, store.selectors.hiddenCount);
  return (
    <button type="button" className="filters-toggle" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      <Icon name="filter" />
      {hidden === 0 ? 'Filters' : `Filters · ${hidden} hidden`}
    </button>
  );
}
