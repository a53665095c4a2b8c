import { claimsAbout } from './claimsAbout';
import type { Dataset } from './dataset';
import type { Graph } from './graph';
import { nodeId, type NodeRef } from './nodeId';

/** What stays bright when a node is selected: the rest of the graph fades. */
export interface Neighbourhood {
  readonly nodes: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

/**
 * For an actor: every link of every claim it is part of, as beneficiary or provider, so the
 * actors it trades with light up too (North Korea's oil comes with Russia's "provides" link).
 * For a benefit type: every link to it, with the actors at their other ends.
 */
export function neighbourhood(dataset: Dataset, graph: Graph, selected: NodeRef): Neighbourhood {
  const selectedId = nodeId(selected);
  let touches: (link: Graph['links'][number]) => boolean;
  if (selected.kind === 'actor') {
    const claimIds = new Set(claimsAbout(dataset.claims, selected).map((c) => c.id));
    touches = (link) => link.claimIds.some((id) => claimIds.has(id));
  } else {
    touches = (link) => link.target === selectedId;
  }
  const nodes = new Set<string>([selectedId]);
  const links = new Set<string>();
  for (const link of graph.links) {
    if (!touches(link)) continue;
    links.add(link.id);
    nodes.add(link.source);
    nodes.add(link.target);
  }
  return { nodes, links };
}
