import { useExplorer } from '../store/ExplorerStoreContext';
import { selectClaimCounts, selectVisibleClaimCount } from '../store/selectors';
import { benefitColour } from './benefitPalette';
import { BenefitSwatch } from './BenefitSwatch';
import { FilterGroup } from './FilterGroup';

/** Filters by benefit type and by cited source outlet, with a live summary of what is shown. */
export function FilterBar() {
  const dataset = useExplorer((s) => s.dataset);
  const counts = useExplorer(selectClaimCounts);
  const visibleClaimCount = useExplorer(selectVisibleClaimCount);
  const hiddenBenefitTypes = useExplorer((s) => s.hiddenBenefitTypes);
  const hiddenOutlets = useExplorer((s) => s.hiddenOutlets);
  const toggleBenefitType = useExplorer((s) => s.toggleBenefitType);
  const toggleOutlet = useExplorer((s) => s.toggleOutlet);
  const setAllBenefitTypesHidden = useExplorer((s) => s.setAllBenefitTypesHidden);
  const setAllOutletsHidden = useExplorer((s) => s.setAllOutletsHidden);

  return (
    <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
      <p className="filter-bar__status" role="status">
        Showing {visibleClaimCount} of {dataset.claims.length} claims
      </p>
      <FilterGroup
        legend="Benefit type"
        options={dataset.benefitTypes.map((b, i) => ({
          id: b.id,
          label: b.label,
          count: counts.byBenefitType.get(b.id) ?? 0,
          swatch: <BenefitSwatch colour={benefitColour(i)} />,
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
