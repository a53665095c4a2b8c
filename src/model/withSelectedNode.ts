import type { Graph } from './graph';

/**
 * The visible graph, plus the selected node when the filters hid it: the reader's selection
 * stays on screen, dimmed and marked as having no visible claims, instead of vanishing.
 */
export function withSelectedNode(graph: Graph, fullGraph: Graph, selectedId: string | null): Graph {
  if (selectedId === null || graph.nodes.some((n) => n.id === selectedId)) return graph;
  const node = fullGraph.nodes.find((n) => n.id === selectedId);
  if (node === undefined) return graph;
  return { nodes: [...graph.nodes, { ...node, filteredOut: true }], links: graph.links };
}
