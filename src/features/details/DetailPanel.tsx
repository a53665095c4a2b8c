import { useId, useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { Icon } from '../../components/Icon';
import { focusFirst } from '../../lib/focusFirst';
import { useLatest } from '../../lib/useLatest';
import { claimsAbout } from '../../model/claimsAbout';
import type { PanelRelation } from '../../model/panelContents';
import type { ClaimView } from '../../model/selectionDetail';
import type { ExplorerStore } from '../../store/explorerStore';
import { PanelRowItem } from './PanelRowItem';
import './details.css';

const fromProvider = (v: ClaimView) => (v.provider === undefined ? undefined : `from ${v.provider.name}`);
const toBeneficiary = (v: ClaimView) => `to ${v.beneficiary.name}`;
const noOne = () => undefined;

/** The other party each section's claims mention: who provides what is gained, who gains what is provided. */
const counterparts: Readonly<Record<PanelRelation, (v: ClaimView) => string | undefined>> = {
  gains: fromProvider,
  provides: toBeneficiary,
  costs: noOne,
};

/**
 * Where keyboard focus goes when the panel closes: the node it described, or, when the filters
 * have hidden that node, the graph itself.
 */
function returnFocus(nodeId: string | null): void {
  const selectors = nodeId === null ? [] : [`[data-node-id="${CSS.escape(nodeId)}"]`];
  focusFirst([...selectors, 'svg.graph-view__svg', '.graph-canvas']);
}

interface DetailPanelProps {
  readonly store: ExplorerStore;
  /** The embed's overlay: rows to one line and closed, so a whole actor fits a 960 x 540 frame. */
  readonly compact?: boolean;
  /** The filters are part of a locked, shared view: no "Show its claims". */
  readonly filtersLocked?: boolean;
}

/**
 * What the selected node gains, provides or loses, at a glance: a one-line summary, then one row
 * per benefit type (or actor) with its outlets, its quotes behind a disclosure. A landmark named
 * by its heading, which stays in view as the panel scrolls. When the filters hide all its claims
 * it says so and offers to show them.
 */
export function DetailPanel({ store, compact = false, filtersLocked = false }: DetailPanelProps) {
  const panel = useStore(store, store.selectors.panel);
  const selected = useStore(store, (s) => s.selected);
  const selectedId = useStore(store, store.selectors.selectedNodeId);
  const allClaims = useStore(store, (s) => s.dataset.claims);
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const lastSelected = useLatest(selectedId);
  const present = panel !== undefined;

  // The panel is unmounted when the selection is cleared (its button, Escape, the background);
  // React runs this cleanup before it takes the panel out of the page, so the panel can still
  // tell whether it held keyboard focus. If so, focus goes back to the node rather than to
  // <body>, once the re-render has settled which elements still exist.
  useLayoutEffect(() => {
    if (!present) return;
    const element = panelRef.current;
    return () => {
      if (element !== null && element.contains(document.activeElement)) {
        // The node the panel last described: read at close time on purpose, not when opened.
        // eslint-disable-next-line react-hooks/exhaustive-deps
        const id = lastSelected.current;
        queueMicrotask(() => returnFocus(id));
      }
    };
  }, [present, lastSelected]);

  if (panel === undefined) return null;
  const close = () => store.getState().select(null);
  const hasClaims = selected !== null && claimsAbout(allClaims, selected).length > 0;
  return (
    <section className={`detail-panel${compact ? ' detail-panel--compact' : ''}`} aria-labelledby={headingId} ref={panelRef}>
      <header className="detail-panel__header">
        <h2 id={headingId}>{panel.heading}</h2>
        <button type="button" className="icon-button detail-panel__close" onClick={close} aria-label="Close details" title="Close">
          <Icon name="close" />
        </button>
      </header>
      <p className="detail-panel__summary">{panel.summary}</p>
      <p className="detail-panel__description">{panel.description}</p>
      {panel.rowCount === 0 ? (
        <div className="detail-panel__hidden" role="note">
          {hasClaims ? (
            <>
              <p>The current filters hide every claim about {panel.heading}.</p>
              {!filtersLocked && (
                <button type="button" onClick={() => store.getState().revealSelection()}>
                  Show its claims
                </button>
              )}
            </>
          ) : (
            <p>This story makes no claim about {panel.heading}.</p>
          )}
        </div>
      ) : (
        panel.sections.map((section) => (
          <section key={section.title} className="panel-section">
            <h3>{section.title}</h3>
            <ul className="panel-rows">
              {section.rows.map((row) => (
                <PanelRowItem key={row.key} row={row} counterpart={counterparts[section.relation]} open={!compact && panel.rowCount === 1} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
