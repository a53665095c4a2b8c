import { useMemo } from 'react';
import { useStore } from 'zustand';
import { BenefitSwatch } from '../../components/BenefitSwatch';
import type { ExplorerStore } from '../../store/explorerStore';
import { benefitColours } from '../../theme/palette';
import { nodeId } from '../../model/nodeId';
import { FilterGroup } from './FilterGroup';
import './filters.css';

/** Filters by benefit type and by cited source outlet, with a live summary of what is shown. */
export function FilterBar({ store }: { store: ExplorerStore }) {
  const { selectors } = store;
  const dataset = useStore(store, (s) => s.dataset);
  const counts = useStore(store, selectors.counts);
  const visibleClaimCount = useStore(store, selectors.visibleClaimCount);
  const hiddenBenefitTypes = useStore(store, (s) => s.hiddenBenefitTypes);
  const hiddenOutlets = useStore(store, (s) => s.hiddenOutlets);
  const { toggleBenefitType, toggleOutlet, setAllBenefitTypesHidden, setAllOutletsHidden } = store.getState();
  const colours = useMemo(() => benefitColours(dataset.benefitTypes), [dataset.benefitTypes]);

  return (
    <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
      <p className="filter-bar__status" role="status">
        Showing {visibleClaimCount} of {dataset.claims.length} claims
      </p>
      <FilterGroup
        legend="Benefit type"
        options={dataset.benefitTypes.map((b) => ({
          id: b.id,
          label: b.label,
          count: counts.byBenefitType.get(b.id) ?? 0,
          swatch: <BenefitSwatch colour={colours.get(nodeId({ kind: 'benefit', id: b.id })) ?? 'transparent'} />,
        }))}
        hidden={hiddenBenefitTypes}
        onToggle={toggleBenefitType}
        onSetAllHidden={setAllBenefitTypesHidden}
      />
      <FilterGroup
        legend="Source"
        options={dataset.outlets.map((o) => ({ id: o.id, label: o.name, count: counts.byOutlet.get(o.id) ?? 0 }))}
        hidden={hiddenOutlets}
        onToggle={toggleOutlet}
        onSetAllHidden={setAllOutletsHidden}
      />
    </form>
  );
}
