import { useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { handoutContents, sourceAttribution, type HandoutClaim } from '../../model/handoutContents';
import { plural } from '../../model/plural';
import type { ExplorerStore } from '../../store/explorerStore';
import './handout.css';


function ClaimItem({ item }: { item: HandoutClaim }) {
  const { claim, benefitType, provider } = item;
  const relation = claim.polarity === 'cost' ? 'cost' : provider === undefined ? 'gain' : `gain from ${provider.name}`;
  return (
    <li className="handout__claim">
      <span className="handout__benefit">{benefitType.label}</span> <span className="handout__relation">({relation})</span>
      {': '}
      {claim.summary} <span className="handout__refs">{item.sources.map((n) => `[${n}]`).join('')}</span>
    </li>
  );
}

/**
 * The printed handout: after the graph, the claims the filters leave, by who gains, each with
 * numbered references to a source list. Hidden on screen (see handout.css): the page already
 * says all this interactively; on paper the detail panel and filters are gone.
 */
export function Handout({ store }: { store: ExplorerStore }) {
  const dataset = useStore(store, (s) => s.dataset);
  const filters = useStore(store, store.selectors.filters);
  const contents = useMemo(() => handoutContents(dataset, filters), [dataset, filters]);
  const headingId = useId();
  const { groups, sources, shownClaims, totalClaims, hidden } = contents;
  const scope = shownClaims === totalClaims ? `All ${plural(totalClaims, 'claim')}` : `${shownClaims} of ${plural(totalClaims, 'claim')}`;

  return (
    <section className="handout" aria-labelledby={headingId}>
      <h2 id={headingId}>Claims shown in this view</h2>
      <p className="handout__scope">
        {scope}
        {hidden !== null && ` (${hidden})`}. Numbers in brackets are the sources listed after them.
      </p>
      {groups.map((group) => (
        <section key={group.actor.id} className="handout__group">
          <h3>{group.actor.name}</h3>
          <ul className="handout__claims">
            {group.claims.map((item) => (
              <ClaimItem key={item.claim.id} item={item} />
            ))}
          </ul>
        </section>
      ))}
      {sources.length > 0 && (
        <>
          <h3 className="handout__sources-title">Sources</h3>
          <ol className="handout__sources">
            {sources.map((citation, i) => (
              <li key={i} className="handout__source">
                {citation.kind === 'quote' ? (
                  `“${citation.quote}”`
                ) : (
                  <>
                    <span className="handout__tag">Article’s paraphrase:</span> {citation.quote}
                  </>
                )}{' '}
                — <span className="handout__cited">{sourceAttribution(citation)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
