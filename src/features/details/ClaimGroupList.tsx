import type { ClaimGroup, ClaimView } from '../../model/selectionDetail';
import { CitationItem } from './CitationItem';

interface ClaimGroupListProps<Key> {
  readonly title: string;
  readonly groups: readonly ClaimGroup<Key>[];
  readonly groupLabel: (key: Key) => string;
  /** The other party of a claim, e.g. "from Russia", shown after its summary. */
  readonly counterpart: (claim: ClaimView) => string | undefined;
  readonly empty: string;
}

/** A titled section of the detail panel: claims grouped under sub-headings, each with its citations. */
export function ClaimGroupList<Key>({ title, groups, groupLabel, counterpart, empty }: ClaimGroupListProps<Key>) {
  return (
    <section className="claim-section">
      <h3>{title}</h3>
      {groups.length === 0 ? (
        <p className="claim-section__empty">{empty}</p>
      ) : (
        groups.map((group) => (
          <section key={groupLabel(group.key)} className="claim-group">
            <h4>{groupLabel(group.key)}</h4>
            <ul className="claim-list">
              {group.claims.map((view) => {
                const other = counterpart(view);
                return (
                  <li key={view.claim.id} className="claim">
                    <p className="claim__summary">
                      {view.claim.summary}
                      {other !== undefined && <span className="claim__counterpart"> ({other})</span>}
                    </p>
                    <ul className="citation-list" aria-label="Sources">
                      {view.citations.map((citation, i) => (
                        <CitationItem key={i} citation={citation} />
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
