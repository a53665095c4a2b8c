import Graph from 'graphology';
import Sigma from 'sigma';
import { linkColour, markDrawn, onStoryChosen } from './peerStory';

/**
 * A minimal sigma.js page, as its examples start one: a graphology graph with positions (random:
 * sigma draws, it does not lay out), reducers for a highlighted node and hidden links, and the
 * drag from its "drag nodes" example.
 */
const element = document.querySelector<HTMLElement>('#graph');
if (element === null) throw new Error('no #graph');
onStoryChosen((story) => {
  const graph = new Graph({ multi: true, type: 'directed' });
  let seed = 7;
  const random = () => ((seed = (1664525 * seed + 1013904223) >>> 0) / 4294967296);
  for (const n of story.nodes) graph.addNode(n.id, { x: random(), y: random(), size: n.kind === 'actor' ? 6 : 4, label: n.label, color: '#4a5a8c' });
  for (const l of story.links) graph.addDirectedEdgeWithKey(l.id, l.source, l.target, { size: 1, color: linkColour(l.kind), benefit: l.benefitTypeId });
  let selected: string | null = null;
  const hidden = new Set<string>();
  const renderer = new Sigma(graph, element, {
    nodeReducer: (node, data) => (selected === null || node === selected || graph.areNeighbors(node, selected) ? data : { ...data, color: '#c9ccd1', label: '' }),
    edgeReducer: (edge, data) => {
      if (hidden.has(graph.getEdgeAttribute(edge, 'benefit') as string)) return { ...data, hidden: true };
      return selected === null || graph.hasExtremity(edge, selected) ? data : { ...data, color: '#e5e7eb' };
    },
  });
  // The constructor has drawn already, before a listener could be added: draw once more, listened to.
  renderer.once('afterRender', () => markDrawn(graph.order, graph.size));
  renderer.refresh();
  // Drag, as sigma's example does it: the node follows the mouse while the camera stays.
  let dragged: string | null = null;
  renderer.on('downNode', (event) => {
    dragged = event.node;
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.getMouseCaptor().on('mousemovebody', (event) => {
    if (dragged === null) return;
    const p = renderer.viewportToGraph(event);
    graph.setNodeAttribute(dragged, 'x', p.x);
    graph.setNodeAttribute(dragged, 'y', p.y);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  renderer.getMouseCaptor().on('mouseup', () => {
    dragged = null;
  });
  window.peer = {
    select(id) {
      selected = id;
      renderer.refresh({ skipIndexation: true });
    },
    hideBenefit(id) {
      hidden.add(id);
      renderer.refresh({ skipIndexation: true });
    },
    screenPoint(id) {
      const p = renderer.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number });
      const box = element.getBoundingClientRect();
      return { x: p.x + box.left, y: p.y + box.top };
    },
  };
});
