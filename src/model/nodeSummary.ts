import type { Graph } from './graph';
import { nodeKindOf } from './nodeId';

/** How many visible links of each kind meet a node: benefit types for an actor, actors for a benefit type. */
export interface NodeSummary {
  readonly gains: number;
  readonly provides: number;
  readonly costs: number;
}

/** The summary of every node of a graph, from its links, in one pass. */
export function nodeSummaries(graph: Graph): ReadonlyMap<string, NodeSummary> {
  const counts = new Map<string, { gains: number; provides: number; costs: number }>();
  const bump = (id: string, kind: Graph['links'][number]['kind']) => {
    let c = counts.get(id);
    if (c === undefined) counts.set(id, (c = { gains: 0, provides: 0, costs: 0 }));
    if (kind === 'gains') c.gains++;
    else if (kind === 'provides') c.provides++;
    else c.costs++;
  };
  for (const link of graph.links) {
    bump(link.source, link.kind);
    bump(link.target, link.kind);
  }
  return counts;
}

const zero: NodeSummary = { gains: 0, provides: 0, costs: 0 };

/** "gains 7 · provides 0 · costs 0" for an actor, "gained by 2 · provided by 1" for a benefit type. */
export function describeSummary(nodeId: string, summary: NodeSummary = zero): string {
  if (nodeKindOf(nodeId) === 'actor')
    return `gains ${summary.gains} · provides ${summary.provides} · costs ${summary.costs}`;
  const parts = [`gained by ${summary.gains}`, `provided by ${summary.provides}`];
  if (summary.costs > 0) parts.push(`a cost to ${summary.costs}`);
  return parts.join(' · ');
}
