import ForceGraph from 'force-graph';
import type { GraphLink } from '../../../src/model/graph';
import { linkColour, markDrawn, onStoryChosen } from './peerStory';

/**
 * A minimal force-graph page, as its README starts one: the graph handed over, its own
 * simulation laying it out live, a click highlighting a node's links.
 */
interface PeerNode { id: string; label: string; x?: number; y?: number }
interface PeerLink { id: string; source: string | PeerNode; target: string | PeerNode; kind: GraphLink['kind']; benefit: string }

const element = document.querySelector<HTMLElement>('#graph');
if (element === null) throw new Error('no #graph');
onStoryChosen((graph) => {
  const nodes: PeerNode[] = graph.nodes.map((n) => ({ id: n.id, label: n.label }));
  const links: PeerLink[] = graph.links.map((l) => ({ id: l.id, source: l.source, target: l.target, kind: l.kind, benefit: l.benefitTypeId }));
  let selected: string | null = null;
  const endId = (end: string | PeerNode) => (typeof end === 'string' ? end : end.id);
  let first = true;
  const chart = new ForceGraph<PeerNode, PeerLink>(element)
    .width(element.clientWidth)
    .height(element.clientHeight)
    .nodeLabel('label')
    .nodeColor((n) => (selected === null || n.id === selected ? '#4a5a8c' : '#c9ccd1'))
    .linkColor((l) => (selected === null || endId(l.source) === selected || endId(l.target) === selected ? linkColour(l.kind) : '#e5e7eb'))
    .linkDirectionalArrowLength(4)
    .onRenderFramePost(() => {
      if (!first) return;
      first = false;
      markDrawn(nodes.length, links.length);
    })
    .graphData({ nodes, links });
  window.peer = {
    select(id) {
      selected = id;
      // Accessors are read again on the next frame; setting one asks for that frame.
      chart.nodeColor(chart.nodeColor()).linkColor(chart.linkColor());
    },
    hideBenefit(id) {
      const data = chart.graphData();
      chart.graphData({ nodes: data.nodes, links: data.links.filter((l) => l.benefit !== id) });
    },
    screenPoint(id) {
      const node = chart.graphData().nodes.find((n) => n.id === id);
      const p = chart.graph2ScreenCoords(node?.x ?? 0, node?.y ?? 0);
      const box = element.getBoundingClientRect();
      return { x: p.x + box.left, y: p.y + box.top };
    },
  };
});
