import { svgNs } from './standaloneSvg';

/** One entry of the key drawn under the graph. */
export type SceneKeyEntry =
  | { readonly mark: 'actor'; readonly label: string }
  | { readonly mark: 'benefit'; readonly label: string }
  | { readonly mark: 'line'; readonly label: string; readonly colour: string; readonly dash: string };

export interface SceneText {
  readonly title: string;
  /** What the view shows: the selection, what the filters hide. */
  readonly subtitle: string;
  readonly key: readonly SceneKeyEntry[];
  /** The attribution, as under the graph on screen. */
  readonly caption: string;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  readonly x: number;
  readonly y: number;
}

const ink = '#1c1f24';
const muted = '#555c66';
const font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Type and margins for a picture of this size: a 1080 px high slide is the reference. */
function metrics(size: Size) {
  const s = size.height / 1080;
  return { s, margin: 48 * s, title: 44 * s, subtitle: 26 * s, key: 22 * s, caption: 20 * s };
}

/** Where the graph goes in a picture of `size`: under the title lines, above the key and the caption. */
export function sceneGraphBox(size: Size): Box {
  const m = metrics(size);
  const top = m.margin + m.title + m.subtitle * 1.9;
  const bottom = size.height - m.margin - m.caption * 1.6 - m.key * 2.4;
  return { x: m.margin, y: top, width: size.width - 2 * m.margin, height: Math.max(1, bottom - top) };
}

/** At most what fits in `width` at `fontSize` (an average glyph is about 0.55 em), with an ellipsis. */
function fitText(text: string, width: number, fontSize: number): string {
  const room = Math.floor(width / (0.55 * fontSize));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}

function element(doc: XMLDocument, name: string, attributes: Record<string, string | number>, text?: string): Element {
  const node = doc.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function drawKey(doc: XMLDocument, entries: readonly SceneKeyEntry[], x0: number, y: number, fontSize: number): Element {
  const group = element(doc, 'g', { 'font-family': font, 'font-size': fontSize, fill: ink });
  let x = x0;
  for (const entry of entries) {
    const markWidth = entry.mark === 'line' ? 2 * fontSize : entry.mark === 'benefit' ? 1.6 * fontSize : fontSize;
    if (entry.mark === 'actor')
      group.append(element(doc, 'circle', { cx: x + fontSize / 2, cy: y, r: fontSize * 0.42, fill: '#e9edf2', stroke: '#2b2f36', 'stroke-width': 2 }));
    else if (entry.mark === 'benefit')
      group.append(element(doc, 'rect', { x, y: y - fontSize * 0.4, width: markWidth, height: fontSize * 0.8, rx: fontSize * 0.3, fill: '#ffffff', stroke: '#2b2f36', 'stroke-width': 1.5 }));
    else {
      const end = x + markWidth;
      group.append(element(doc, 'line', { x1: x, y1: y, x2: end - fontSize * 0.35, y2: y, stroke: entry.colour, 'stroke-width': fontSize * 0.15, 'stroke-dasharray': entry.dash === 'none' ? 'none' : entry.dash }));
      group.append(element(doc, 'path', { d: `M${end - fontSize * 0.4},${y - fontSize * 0.25}L${end},${y}L${end - fontSize * 0.4},${y + fontSize * 0.25}Z`, fill: entry.colour }));
    }
    x += markWidth + fontSize * 0.4;
    group.append(element(doc, 'text', { x, y: y + fontSize * 0.35 }, entry.label));
    x += entry.label.length * fontSize * 0.55 + fontSize * 1.4;
  }
  return group;
}

/**
 * The picture for a slide: a white page with the title, what the view shows, the graph (a clean
 * standalone `<svg>`, see standaloneSvg), the key and the attribution. Every string is set as
 * text, so the serializer escapes it.
 */
export function composeScene(graph: Element, size: Size, text: SceneText): string {
  const doc = document.implementation.createDocument(svgNs, 'svg', null);
  const root = doc.documentElement;
  const m = metrics(size);
  root.setAttribute('width', String(size.width));
  root.setAttribute('height', String(size.height));
  root.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  // Named for screen readers and for the tools that show a title on hover or in a file list.
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', `${text.title}. ${text.subtitle}`);
  root.append(element(doc, 'title', {}, `${text.title}. ${text.subtitle}`));
  root.append(element(doc, 'rect', { width: size.width, height: size.height, fill: '#ffffff' }));
  const textWidth = size.width - 2 * m.margin;
  root.append(element(doc, 'text', { x: m.margin, y: m.margin + m.title * 0.8, 'font-family': font, 'font-size': m.title, 'font-weight': 700, fill: ink }, fitText(text.title, textWidth, m.title)));
  if (text.subtitle !== '')
    root.append(element(doc, 'text', { x: m.margin, y: m.margin + m.title + m.subtitle * 1.2, 'font-family': font, 'font-size': m.subtitle, fill: muted }, fitText(text.subtitle, textWidth, m.subtitle)));

  const box = sceneGraphBox(size);
  const placed = doc.importNode(graph, true) as Element;
  placed.setAttribute('x', String(box.x));
  placed.setAttribute('y', String(box.y));
  placed.setAttribute('width', String(box.width));
  placed.setAttribute('height', String(box.height));
  placed.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  root.append(placed);

  root.append(drawKey(doc, text.key, m.margin, size.height - m.margin - m.caption * 1.6 - m.key * 0.9, m.key));
  root.append(element(doc, 'text', { x: m.margin, y: size.height - m.margin, 'font-family': font, 'font-size': m.caption, fill: muted }, fitText(text.caption, textWidth, m.caption)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}
