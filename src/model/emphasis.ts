import type { Graph } from './graph';
import { nodeKindOf } from './nodeId';

/** How strongly something is drawn while a node is selected; anything absent is faded. */
export type Emphasis = 'selected' | 'primary' | 'secondary';

export interface Emphases {
  readonly nodes: ReadonlyMap<string, Emphasis>;
  readonly links: ReadonlyMap<string, Exclude<Emphasis, 'selected'>>;
}

const rank: Readonly<Record<Emphasis, number>> = { selected: 3, primary: 2, secondary: 1 };

/**
 * What a selection shows at a glance. For an actor: what it gains or bears as a cost (links and
 * benefit types) in full, what it provides to others, and to whom, as secondary. For a benefit
 * type: who gains it or bears it as a cost in full, who provides it as secondary. Everything
 * else fades to the same degree either way.
 */
export function emphasis(graph: Graph, selectedId: string): Emphases {
  const nodes = new Map<string, Emphasis>([[selectedId, 'selected']]);
  const links = new Map<string, Exclude<Emphasis, 'selected'>>();
  const raise = (id: string, level: Emphasis) => {
    const current = nodes.get(id);
    if (current === undefined || rank[level] > rank[current]) nodes.set(id, level);
  };
  const mark = (link: Graph['links'][number], level: 'primary' | 'secondary', node: string) => {
    links.set(link.id, level);
    raise(node, level);
  };
  if (nodeKindOf(selectedId) === 'actor') {
    // The claims in which the actor provides something: their beneficiaries show as secondary.
    const provided = new Set<string>();
    for (const link of graph.links)
      if (link.source === selectedId && link.kind === 'provides') for (const id of link.claimIds) provided.add(id);
    for (const link of graph.links) {
      if (link.source === selectedId) mark(link, link.kind === 'provides' ? 'secondary' : 'primary', link.target);
      else if (link.kind !== 'provides' && link.claimIds.some((id) => provided.has(id)))
        mark(link, 'secondary', link.source);
    }
  } else {
    for (const link of graph.links)
      if (link.target === selectedId) mark(link, link.kind === 'provides' ? 'secondary' : 'primary', link.source);
  }
  return { nodes, links };
}
