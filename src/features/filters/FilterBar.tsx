import { useMemo } from 'react';
import { useStore } from 'zustand';
import { BenefitSwatch } from '../../components/BenefitSwatch';
import { describeHidden } from '../../model/describeHidden';
import { nodeId } from '../../model/nodeId';
import { plural } from '../../model/plural';
import type { ExplorerStore } from '../../store/explorerStore';
import { benefitColours } from '../../theme/palette';
import { FilterGroup } from './FilterGroup';
import './filters.css';

const claims = (n: number) => plural(n, 'claim');

/**
 * Filters by benefit type and by cited source outlet, with a live summary of what is shown, and
 * the switch that highlights claims resting on a single outlet.
 */
export function FilterBar({ store, locked = false }: { store: ExplorerStore; locked?: boolean }) {
  const { selectors } = store;
  const dataset = useStore(store, (s) => s.dataset);
  const counts = useStore(store, selectors.counts);
  const visibleClaimCount = useStore(store, selectors.visibleClaimCount);
  const hiddenBenefitTypes = useStore(store, (s) => s.hiddenBenefitTypes);
  const hiddenOutlets = useStore(store, (s) => s.hiddenOutlets);
  const singleSource = useStore(store, (s) => s.singleSource);
  // Says what a shared link or a reload left hidden, which the what-changed note cannot.
  const hidden = useStore(store, (s) => describeHidden(s.dataset, selectors.filters(s)));
  const { toggleBenefitType, toggleOutlet, setAllBenefitTypesHidden, setAllOutletsHidden, setSingleSource } =
    store.getState();
  const colours = useMemo(() => benefitColours(dataset.benefitTypes), [dataset.benefitTypes]);

  return (
    <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
      {/* Not a live region: the what-changed note already says each change, in more words. */}
      <p className="filter-bar__status">
        Showing {visibleClaimCount.toLocaleString('en')} of {claims(dataset.claims.length)}
      </p>
      {hidden && <p className="filter-bar__hidden">{hidden}</p>}
      {locked && <p className="filter-bar__locked">Locked: these filters are part of the shared view.</p>}
      <label className="filter-switch">
        <input type="checkbox" role="switch" checked={singleSource} disabled={locked} onChange={(e) => setSingleSource(e.target.checked)} />
        <span>Single-source claims</span>
      </label>
      <FilterGroup
        legend="Benefit type"
        options={dataset.benefitTypes.map((b) => ({
          id: b.id,
          label: b.label,
          detail: claims(counts.byBenefitType.get(b.id) ?? 0),
          swatch: <BenefitSwatch colour={colours.get(nodeId({ kind: 'benefit', id: b.id })) ?? 'transparent'} />,
        }))}
        hidden={hiddenBenefitTypes}
        onToggle={toggleBenefitType}
        onSetAllHidden={setAllBenefitTypesHidden}
        disabled={locked}
      />
      <FilterGroup
        legend="Source"
        options={dataset.outlets.map((o) => {
          const count = counts.byOutlet.get(o.id) ?? { claims: 0, alone: 0 };
          return { id: o.id, label: o.name, detail: `${claims(count.claims)}, ${count.alone} alone` };
        })}
        hidden={hiddenOutlets}
        onToggle={toggleOutlet}
        onSetAllHidden={setAllOutletsHidden}
        disabled={locked}
      />
    </form>
  );
}
