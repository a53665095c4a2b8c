import type { Graph } from './graph';
import { plural } from './plural';

/**
 * The graph's accessible name: what it shows and how much of it the filters leave ("Graph of
 * actors and benefit types: Who gains …; 4 actors, 11 benefit types, 14 of 14 claims shown").
 */
export function graphName(title: string, graph: Graph, claimsShown: number, claims: number): string {
  let actors = 0;
  let benefitTypes = 0;
  for (const node of graph.nodes) {
    if (node.filteredOut) continue;
    if (node.kind === 'actor') actors++;
    else benefitTypes++;
  }
  return `Graph of actors and benefit types: ${title}; ${plural(actors, 'actor')}, ${plural(benefitTypes, 'benefit type')}, ${claimsShown.toLocaleString('en')} of ${plural(claims, 'claim')} shown`;
}
