import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { describeFilterChange } from '../../model/describeFilterChange';
import type { Filters } from '../../model/filters';
import type { ExplorerStore } from '../../store/explorerStore';

/**
 * One line saying what the last filter change did, in words ("Hiding CNN removed 1 claim …"):
 * a polite live region, so screen readers hear it too, with a button to dismiss it.
 */
export function FilterChangeNote({ store }: { store: ExplorerStore }) {
  const [note, setNote] = useState('');
  const last = useRef<Filters>(store.selectors.filters(store.getState()));
  useEffect(
    () =>
      store.subscribe((state) => {
        const filters = store.selectors.filters(state);
        const before = last.current;
        if (filters === before) return;
        last.current = filters;
        setNote(describeFilterChange(state.dataset, before, filters));
      }),
    [store],
  );
  return (
    <div className={`filter-note${note === '' ? '' : ' is-shown'}`} role="status" aria-live="polite">
      {note !== '' && (
        <>
          <span className="filter-note__text">{note}</span>
          <button type="button" className="icon-button filter-note__dismiss" aria-label="Dismiss note" title="Dismiss" onClick={() => setNote('')}>
            <Icon name="close" />
          </button>
        </>
      )}
    </div>
  );
}
