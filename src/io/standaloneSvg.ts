/**
 * A drawn SVG as a standalone document: what the screen shows, with the page's styles written
 * onto each element (as presentation attributes), and nothing else. Only drawing elements and geometry attributes are copied
 * (an allowlist), text only as text, so the file carries no script, no event attribute, no
 * `foreignObject` and no reference outside itself.
 */

export const svgNs = 'http://www.w3.org/2000/svg';

const drawingElements = new Set([
  'svg', 'g', 'defs', 'marker', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon', 'text', 'tspan',
]);

const geometryAttributes = new Set([
  'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'width', 'height', 'points',
  'transform', 'viewBox', 'preserveAspectRatio', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient',
  'markerUnits', 'text-anchor',
]);

/** The computed properties that make the picture; everything else is the browser's default. */
const paintProperties = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'paint-order',
  'marker-start', 'marker-end', 'text-anchor', 'dominant-baseline',
] as const;

/** Ids may name only things inside the file: `url(#id)`, never a file or a web address. */
const localReference = /^url\("?#[A-Za-z0-9_-]+"?\)$/;

/**
 * The computed paint, as presentation attributes rather than a `style` attribute: a page under a
 * strict Content-Security-Policy refuses to apply style attributes, even in a document it builds.
 */
function paintAttributes(computed: CSSStyleDeclaration): [string, string][] {
  const attributes: [string, string][] = [];
  for (const property of paintProperties) {
    const value = computed.getPropertyValue(property).trim();
    if (value === '' || value === 'none' && property.startsWith('marker')) continue;
    if (value.includes('url(') && !localReference.test(value)) continue;
    attributes.push([property, value.replace(/"/g, "'")]);
  }
  return attributes;
}

function copyElement(source: Element, doc: XMLDocument, view: Window): Element | null {
  const name = source.localName;
  if (source.namespaceURI !== svgNs || !drawingElements.has(name)) return null;
  const computed = view.getComputedStyle(source);
  if (computed.display === 'none' || computed.visibility === 'hidden') return null;
  const copy = doc.createElementNS(svgNs, name);
  for (const attribute of Array.from(source.attributes)) {
    if (!geometryAttributes.has(attribute.name)) continue;
    if (/url\(|javascript:|data:/i.test(attribute.value)) continue;
    copy.setAttribute(attribute.name, attribute.value);
  }
  if (name === 'marker' && source.id !== '') copy.setAttribute('id', source.id);
  for (const [property, value] of paintAttributes(computed)) copy.setAttribute(property, value);
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === 3 && (name === 'text' || name === 'tspan')) copy.appendChild(doc.createTextNode(child.textContent ?? ''));
    else if (child.nodeType === 1) {
      const copied = copyElement(child as Element, doc, view);
      if (copied !== null) copy.appendChild(copied);
    }
  }
  return copy;
}

/**
 * A clean copy of a rendered `<svg>` (it must be in a document, so its styles are computed),
 * inside `doc`. `viewBox` replaces the element's own, so a zoomed screen still exports the whole fitted graph.
 */
export function standaloneSvg(source: SVGSVGElement, doc: XMLDocument, viewBox?: string): Element {
  const view = source.ownerDocument.defaultView;
  if (view === null) throw new Error('the graph to export is not in a document');
  const copy = copyElement(source, doc, view);
  if (copy === null) throw new Error('the graph to export is not drawn');
  for (const attribute of ['style', 'transform']) copy.removeAttribute(attribute);
  if (viewBox !== undefined) copy.setAttribute('viewBox', viewBox);
  return copy;
}
