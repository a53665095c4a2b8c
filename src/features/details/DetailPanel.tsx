import { useId, useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { Icon } from '../../components/Icon';
import { focusFirst } from '../../lib/focusFirst';
import { useLatest } from '../../lib/useLatest';
import { claimsAbout } from '../../model/claimsAbout';
import type { Actor, BenefitType } from '../../model/schema';
import type { ClaimView, SelectionDetail } from '../../model/selectionDetail';
import type { ExplorerStore } from '../../store/explorerStore';
import { ClaimGroupList } from './ClaimGroupList';
import './details.css';

const benefitLabel = (b: BenefitType) => b.label;
const actorName = (a: Actor) => a.name;
const noneShown = 'None shown.';
const fromProvider = (v: ClaimView) => (v.provider === undefined ? undefined : `from ${v.provider.name}`);
const toBeneficiary = (v: ClaimView) => `to ${v.beneficiary.name}`;

function claimCount(detail: SelectionDetail): number {
  const groups =
    detail.kind === 'actor'
      ? [...detail.gains, ...detail.provides, ...detail.costs]
      : [...detail.gainedBy, ...detail.providedBy, ...detail.costTo];
  return groups.reduce((n, g) => n + g.claims.length, 0);
}

/**
 * Where keyboard focus goes when the panel closes: the node it described, or, when the filters
 * have hidden that node, the graph itself.
 */
function returnFocus(nodeId: string | null): void {
  const selectors = nodeId === null ? [] : [`[data-node-id="${CSS.escape(nodeId)}"]`];
  focusFirst([...selectors, 'svg.graph-view__svg']);
}

/**
 * What the selected node gains, provides or loses, with every visible citation.
 * A landmark region named by its heading, so screen-reader users can jump to it. When the
 * filters hide all its claims it says so and offers to show them.
 */
export function DetailPanel({ store }: { store: ExplorerStore }) {
  const detail = useStore(store, store.selectors.detail);
  const selected = useStore(store, (s) => s.selected);
  const selectedId = useStore(store, store.selectors.selectedNodeId);
  const allClaims = useStore(store, (s) => s.dataset.claims);
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const lastSelected = useLatest(selectedId);
  const present = detail !== undefined;

  // The panel is unmounted when the selection is cleared (its button, Escape, the background);
  // React runs this cleanup before it takes the panel out of the page, so the panel can still
  // tell whether it held keyboard focus. If so, focus goes back to the node rather than to
  // <body>, once the re-render has settled which elements still exist.
  useLayoutEffect(() => {
    if (!present) return;
    const panel = panelRef.current;
    return () => {
      if (panel !== null && panel.contains(document.activeElement)) {
        // The node the panel last described: read at close time on purpose, not when opened.
        // eslint-disable-next-line react-hooks/exhaustive-deps
        const id = lastSelected.current;
        queueMicrotask(() => returnFocus(id));
      }
    };
  }, [present, lastSelected]);

  if (detail === undefined) return null;
  const close = () => store.getState().select(null);
  const heading = detail.kind === 'actor' ? detail.actor.name : detail.benefitType.label;
  const hidden = claimCount(detail) === 0;
  const hasClaims = selected !== null && claimsAbout(allClaims, selected).length > 0;
  return (
    <section className="detail-panel" aria-labelledby={headingId} ref={panelRef}>
      <header className="detail-panel__header">
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="icon-button detail-panel__close" onClick={close} aria-label="Close details" title="Close">
          <Icon name="close" />
        </button>
      </header>
      <p className="detail-panel__description">
        {detail.kind === 'actor' ? detail.actor.description : detail.benefitType.description}
      </p>
      {hidden ? (
        <div className="detail-panel__hidden" role="note">
          {hasClaims ? (
            <>
              <p>The current filters hide every claim about {heading}.</p>
              <button type="button" onClick={() => store.getState().revealSelection()}>
                Show its claims
              </button>
            </>
          ) : (
            <p>This story makes no claim about {heading}.</p>
          )}
        </div>
      ) : detail.kind === 'actor' ? (
        <>
          <ClaimGroupList title="Gains" groups={detail.gains} groupLabel={benefitLabel} counterpart={fromProvider} empty={noneShown} />
          <ClaimGroupList title="Provides" groups={detail.provides} groupLabel={benefitLabel} counterpart={toBeneficiary} empty={noneShown} />
          <ClaimGroupList title="Costs" groups={detail.costs} groupLabel={benefitLabel} counterpart={() => undefined} empty={noneShown} />
        </>
      ) : (
        <>
          <ClaimGroupList title="Who gains" groups={detail.gainedBy} groupLabel={actorName} counterpart={fromProvider} empty={noneShown} />
          <ClaimGroupList title="Who provides" groups={detail.providedBy} groupLabel={actorName} counterpart={toBeneficiary} empty={noneShown} />
          <ClaimGroupList title="Who bears a cost" groups={detail.costTo} groupLabel={actorName} counterpart={() => undefined} empty={noneShown} />
        </>
      )}
    </section>
  );
}
