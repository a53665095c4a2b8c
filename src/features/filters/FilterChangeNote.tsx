import { useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import type { ExplorerStore } from '../../store/explorerStore';

/**
 * One line saying what the last filter change did, in words ("Hiding CNN removed 1 claim …"):
 * a polite live region, so screen readers hear it too, with a button to dismiss it.
 */
export function FilterChangeNote({ store }: { store: ExplorerStore }) {
  const [note, setNote] = useState('');
  useEffect(() => {
    // From when it listens: the view a shared link opened with is where it starts, not a change.
    let last = store.selectors.filters(store.getState());
    let story = store.getState().dataset;
    let changes = 0;
    return store.subscribe((state) => {
      const filters = store.selectors.filters(state);
      if (filters === last) return;
      const change = ++changes;
      const before = last;
      // Another story starts with its own filters: nothing was changed by the reader.
      if (state.dataset !== story) setNote('');
      // The words are fetched with the first change, not with the first paint (the page's JavaScript budget).
      else
        void import('../../model/describeFilterChange').then(({ describeFilterChange }) => {
          if (change === changes) setNote(describeFilterChange(state.dataset, before, filters));
        });
      last = filters;
      story = state.dataset;
    });
  }, [store]);
  // Only the sentence is live: the button beside it is not part of what is announced.
  return (
    <div className={`filter-note${note === '' ? '' : ' is-shown'}`}>
      <p className="filter-note__text" role="status" aria-live="polite">
        {note}
      </p>
      {note !== '' && (
        <button type="button" className="icon-button filter-note__dismiss" aria-label="Dismiss note" title="Dismiss" onClick={() => setNote('')}>
          <Icon name="close" />
        </button>
      )}
    </div>
  );
}
