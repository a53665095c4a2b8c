import type { PanelRow } from '../../model/panelContents';
import { CitationItem } from './CitationItem';

interface PanelRowItemProps {
  readonly row: PanelRow;
  /** The other party of each claim, e.g. "from Russia", shown after its summary. */
  readonly counterpart: (claim: PanelRow['claims'][number]) => string | undefined;
  readonly open: boolean;
}

/**
 * One compact row, "Oil · CNN, The Conversation": its claims and their citations behind a
 * disclosure. A citation shared with other rows is quoted where it first appears and pointed to
 * from the others.
 */
export function PanelRowItem({ row, counterpart, open }: PanelRowItemProps) {
  return (
    <li className="panel-row">
      <details open={open}>
        <summary>
          <span className="panel-row__label">
            {row.shortLabel === row.label ? (
              row.label
            ) : (
              <>
                <span className="panel-row__full">{row.label}</span>
                {/* Shown instead in the compact panel; the full label is still what is read out. */}
                <span className="panel-row__short" aria-hidden="true">
                  {row.shortLabel}
                </span>
              </>
            )}
          </span>
          <span className="panel-row__outlets"> · {row.outlets.map((o) => o.name).join(', ')}</span>
        </summary>
        <ul className="claim-list">
          {row.claims.map((view) => {
            const other = counterpart(view);
            return (
              <li key={view.claim.id} className="claim__summary">
                {view.claim.summary}
                {other !== undefined && <span className="claim__counterpart"> ({other})</span>}
              </li>
            );
          })}
        </ul>
        <ul className="citation-list" aria-label="Sources">
          {row.citations.map((entry, i) =>
            entry.full ? (
              <CitationItem key={i} citation={entry.citation} alsoSupports={entry.alsoSupports} />
            ) : (
              <li key={i} className="citation citation--pointer">
                {entry.citation.speaker?.name ?? entry.citation.outlet.name}
                {entry.citation.speaker !== undefined && `, ${entry.citation.outlet.name}`}: quoted under {entry.shownUnder}.
              </li>
            ),
          )}
        </ul>
      </details>
    </li>
  );
}
