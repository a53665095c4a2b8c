import type { GraphNode } from './graph';
import type { NodeSummary } from './nodeSummary';
import { plural } from './plural';

/**
 * A node's accessible name: what it is and what meets it, so a listener moving through the graph
 * hears its relationships without opening it ("North Korea, actor, gains 7 benefits, provides 3").
 * It begins with the visible label (WCAG 2.5.3: speech users say what they see).
 */
export function nodeName(node: GraphNode, summary: NodeSummary | undefined): string {
  const counts = summary ?? { gains: 0, provides: 0, costs: 0 };
  const parts =
    node.kind === 'actor'
      ? [
          counts.gains > 0 ? `gains ${plural(counts.gains, 'benefit')}` : '',
          counts.provides > 0 ? `provides ${counts.provides.toLocaleString('en')}` : '',
          counts.costs > 0 ? `bears ${plural(counts.costs, 'cost')}` : '',
        ]
      : [
          counts.gains > 0 ? `gained by ${plural(counts.gains, 'actor')}` : '',
          counts.provides > 0 ? `provided by ${counts.provides.toLocaleString('en')}` : '',
          counts.costs > 0 ? `a cost to ${counts.costs.toLocaleString('en')}` : '',
        ];
  const said = parts.filter((part) => part !== '');
  if (node.filteredOut || said.length === 0) said.push('no claims shown');
  return [node.label, node.kind === 'actor' ? 'actor' : 'benefit type', ...said].join(', ');
}
