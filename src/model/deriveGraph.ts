import type { Dataset } from './dataset';
import { visibleClaims, type Filters } from './filters';
import type { Graph, GraphLink, GraphNode, LinkKind } from './graph';
import { linkId, nodeId } from './nodeId';
import { shortLabel } from './shortLabel';

interface LinkDraft {
  kind: LinkKind;
  source: string;
  target: string;
  benefitTypeId: string;
  claimIds: string[];
  outletIds: Set<string>;
}

/**
 * The graph for a dataset under filters. Nodes are actors and benefit types; each visible claim
 * links its beneficiary to its benefit type ("gains", or "cost" for a cost) and its provider, if
 * any, to the benefit type ("provides"). Claims that share a link merge into it.
 */
export function deriveGraph(dataset: Dataset, filters: Filters): Graph {
  const drafts = new Map<string, LinkDraft>();
  const addLink = (kind: LinkKind, actorId: string, claim: Dataset['claims'][number]) => {
    const source = nodeId({ kind: 'actor', id: actorId });
    const target = nodeId({ kind: 'benefit', id: claim.benefitType });
    const id = linkId(kind, source, target);
    let draft = drafts.get(id);
    if (draft === undefined) {
      draft = { kind, source, target, benefitTypeId: claim.benefitType, claimIds: [], outletIds: new Set() };
      drafts.set(id, draft);
    }
    draft.claimIds.push(claim.id);
    for (const citation of claim.citations) draft.outletIds.add(citation.outlet);
  };
  for (const claim of visibleClaims(dataset.claims, filters)) {
    addLink(claim.polarity === 'cost' ? 'cost' : 'gains', claim.beneficiary, claim);
    if (claim.provider !== undefined) addLink('provides', claim.provider, claim);
  }

  const links: GraphLink[] = [...drafts].map(([id, d]) => ({
    id,
    kind: d.kind,
    source: d.source,
    target: d.target,
    benefitTypeId: d.benefitTypeId,
    claimIds: d.claimIds,
    outletIds: [...d.outletIds],
    weight: d.outletIds.size,
  }));
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));

  const nodes: GraphNode[] = [];
  for (const actor of dataset.actors) {
    const id = nodeId({ kind: 'actor', id: actor.id });
    nodes.push({
      id,
      kind: 'actor',
      refId: actor.id,
      label: actor.name,
      shortLabel: shortLabel(actor.name),
      filteredOut: !linked.has(id),
    });
  }
  for (const benefit of dataset.benefitTypes) {
    const id = nodeId({ kind: 'benefit', id: benefit.id });
    if (linked.has(id))
      nodes.push({
        id,
        kind: 'benefit',
        refId: benefit.id,
        label: benefit.label,
        shortLabel: shortLabel(benefit.label),
        filteredOut: false,
      });
  }
  return { nodes, links };
}
