import { useId } from 'react';
import type { Actor, BenefitType } from '../model/schema';
import type { ClaimView } from '../model/selectionDetail';
import { useExplorer } from '../store/ExplorerStoreContext';
import { selectDetail, selectSelectedNodeId } from '../store/selectors';
import { ClaimGroupList } from './ClaimGroupList';

const benefitLabel = (b: BenefitType) => b.label;
const actorName = (a: Actor) => a.name;
const noneShown = 'None shown.';
const fromProvider = (v: ClaimView) => (v.provider === undefined ? undefined : `from ${v.provider.name}`);
const toBeneficiary = (v: ClaimView) => `to ${v.beneficiary.name}`;

/**
 * What the selected node gains, provides or loses, with every visible citation.
 * A landmark region named by its heading, so screen-reader users can jump to it.
 */
export function DetailPanel() {
  const detail = useExplorer(selectDetail);
  const select = useExplorer((s) => s.select);
  const selectedId = useExplorer(selectSelectedNodeId);
  const headingId = useId();
  if (detail === undefined) return null;
  // The button disappears with the panel: hand keyboard focus back to the node it described.
  const close = () => {
    const node = selectedId === null ? null : document.querySelector<SVGElement>(`[data-node-id="${CSS.escape(selectedId)}"]`);
    select(null);
    node?.focus();
  };
  const heading = detail.kind === 'actor' ? detail.actor.name : detail.benefitType.label;
  return (
    <section className="detail-panel" aria-labelledby={headingId}>
      <header className="detail-panel__header">
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="detail-panel__close" onClick={close} aria-label="Close details">
          ×
        </button>
      </header>
      {detail.kind === 'actor' ? (
        <>
          <p className="detail-panel__description">{detail.actor.description}</p>
          <ClaimGroupList title="Gains" groups={detail.gains} groupLabel={benefitLabel} counterpart={fromProvider} empty={noneShown} />
          <ClaimGroupList title="Provides" groups={detail.provides} groupLabel={benefitLabel} counterpart={toBeneficiary} empty={noneShown} />
          <ClaimGroupList title="Costs" groups={detail.costs} groupLabel={benefitLabel} counterpart={() => undefined} empty={noneShown} />
        </>
      ) : (
        <>
          <p className="detail-panel__description">{detail.benefitType.description}</p>
          <ClaimGroupList title="Who gains" groups={detail.gainedBy} groupLabel={actorName} counterpart={fromProvider} empty={noneShown} />
          <ClaimGroupList title="Who provides" groups={detail.providedBy} groupLabel={actorName} counterpart={toBeneficiary} empty={noneShown} />
          <ClaimGroupList title="Who bears a cost" groups={detail.costTo} groupLabel={actorName} counterpart={() => undefined} empty={noneShown} />
        </>
      )}
      {detail.kind === 'actor' && detail.gains.length + detail.provides.length + detail.costs.length === 0 && (
        <p className="detail-panel__hint">The current filters hide every claim about {heading}.</p>
      )}
    </section>
  );
}
