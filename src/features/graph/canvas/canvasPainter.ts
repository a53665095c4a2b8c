import type { Point, Positions, Size } from '../../../lib/geometry';
import type { GraphLink } from '../../../model/graph';
import type { Camera } from './canvasCamera';
import { readPalette, type CanvasPalette } from './canvasPalette';
import { beginFrame, drawGraph, drawLinkGroups, drawNodes, restAlphaOf, type CanvasScene } from './drawGraph';
import { linkGroups, type DrawnPath, type LinkGroup, type Rect } from './linkLayers';
import type { GhostFade } from './useGhostFade';

/**
 * What the canvas shows: the graph under the filters, where its nodes are, and how it stands out
 * (the groups of links are made per frame, from the links on screen).
 */
export interface PaintScene extends Omit<CanvasScene, 'groups'> {
  readonly links: readonly GraphLink[];
  /** Links a filter just removed, fading out (see useGhostFade). */
  readonly ghosts?: GhostFade | null;
  /** A link's path, routed, or straight between `at` (for a node being dragged). */
  pathOf(link: GraphLink, at?: Positions): DrawnPath;
}

/** After the last zoom or pan event, this long (ms) before the picture is drawn sharp again. */
const settleMs = 150;
/** How far past the frame links are still drawn, in CSS pixels (a line's width and its arrow). */
const margin = 24;

const sameCamera = (a: Camera, b: Camera) => a.k === b.k && a.x === b.x && a.y === b.y;

const visibleArea = (camera: Camera, size: Size): Rect => ({
  left: (-margin - camera.x) / camera.k,
  top: (-margin - camera.y) / camera.k,
  right: (size.width + margin - camera.x) / camera.k,
  bottom: (size.height + margin - camera.y) / camera.k,
});

/** A canvas of the frame's size, off screen. */
interface Layer {
  readonly canvas: HTMLCanvasElement;
  /** What it holds: drawn for these links and paths, through this camera, leaving this node out. */
  drawn: { links: readonly GraphLink[]; pathOf: PaintScene['pathOf']; camera: Camera; without: string | null } | null;
}

/**
 * Paints the graph on a canvas, outside React, in layers so that each change redraws what it
 * changes. Rasterising thousands of links costs tens of milliseconds, so:
 * - every link is drawn once into a layer that is kept while the links, their paths and the camera
 *   stay; a selection or the single-source switch draws that layer faded, the links that stand out
 *   over it, and the nodes (`full`);
 * - a zoom or pan frame draws the last picture moved and scaled, and the picture is drawn sharp
 *   once the gesture pauses (`zooming`);
 * - a drag frame draws the picture made without the dragged node and its links, and those over
 *   it (`dragging`).
 */
export class CanvasPainter {
  private readonly links: Layer;
  private readonly picture: Layer;
  private palette: CanvasPalette | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const layer = (): Layer => ({ canvas: canvas.ownerDocument.createElement('canvas'), drawn: null });
    this.links = layer();
    this.picture = layer();
  }

  /** Device pixels per CSS pixel, as of the last resize: drawing uses the ratio the canvas was sized for. */
  private ratio = 1;

  /**
   * Sizes the canvas and its layers to the frame in device pixels (again when the pixel ratio
   * changed), or in `ratio` pixels per CSS pixel (for paper).
   */
  resize(size: Size, ratio?: number): void {
    this.ratio = ratio ?? (this.canvas.ownerDocument.defaultView?.devicePixelRatio || 1);
    const width = Math.round(size.width * this.ratio);
    const height = Math.round(size.height * this.ratio);
    if (this.canvas.width === width && this.canvas.height === height) return;
    for (const canvas of [this.canvas, this.links.canvas, this.picture.canvas]) [canvas.width, canvas.height] = [width, height];
    this.links.drawn = null;
    this.picture.drawn = null;
  }

  /** Every link, unemphasised, into the links layer, unless it holds them already. */
  private drawLinks(scene: PaintScene, camera: Camera, size: Size, without: string | null, palette: CanvasPalette): void {
    const held = this.links.drawn;
    if (held !== null && held.links === scene.links && held.pathOf === scene.pathOf && held.without === without && sameCamera(held.camera, camera)) return;
    const context = this.links.canvas.getContext('2d');
    if (context === null) return;
    const links = without === null ? scene.links : scene.links.filter((l) => l.source !== without && l.target !== without);
    beginFrame(context, camera, this.ratio);
    drawLinkGroups(context, linkGroups(links, (link) => scene.pathOf(link), null, false, visibleArea(camera, size)), camera, palette, 1);
    this.links.drawn = { links: scene.links, pathOf: scene.pathOf, camera, without };
  }

  /** Everything, sharp; `without` leaves a node and its links out (they are being dragged). */
  full(scene: PaintScene, camera: Camera, size: Size, without: string | null = null): void {
    clearTimeout(this.settle);
    const context = this.canvas.getContext('2d');
    if (context === null) return;
    const palette = (this.palette ??= readPalette(this.canvas));
    this.drawLinks(scene, camera, size, without, palette);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.globalAlpha = restAlphaOf(scene, palette);
    context.drawImage(this.links.canvas, 0, 0);
    context.globalAlpha = 1;
    const { emphases, ghosts } = scene;
    beginFrame(context, camera, this.ratio, false);
    if (ghosts != null && ghosts.links.length > 0) drawLinkGroups(context, this.ghostGroups(scene, ghosts.links, camera, size), camera, palette, ghosts.alpha);
    const raised = scene.links.filter(
      (l) => (emphases !== null ? emphases.links.has(l.id) : scene.singleSource && l.weight === 1) && l.source !== without && l.target !== without,
    );
    if (raised.length > 0) drawLinkGroups(context, linkGroups(raised, (link) => scene.pathOf(link), emphases, scene.singleSource, visibleArea(camera, size)), camera, palette, 1);
    const nodes = without === null ? scene.nodes : scene.nodes.filter((n) => n.id !== without);
    drawNodes(context, { ...scene, nodes }, camera, size, palette);
    const copy = this.picture.canvas.getContext('2d');
    copy?.setTransform(1, 0, 0, 1, 0, 0);
    copy?.clearRect(0, 0, this.picture.canvas.width, this.picture.canvas.height);
    copy?.drawImage(this.canvas, 0, 0);
    this.picture.drawn = { links: scene.links, pathOf: scene.pathOf, camera, without };
  }

  /** The fading links' groups: made once per fade (and camera), stroked at a lower alpha each frame. */
  private ghosts: { links: readonly GraphLink[]; pathOf: PaintScene['pathOf']; camera: Camera; groups: readonly LinkGroup[] } | null = null;
  private ghostGroups(scene: PaintScene, links: readonly GraphLink[], camera: Camera, size: Size): readonly LinkGroup[] {
    const held = this.ghosts;
    if (held !== null && held.links === links && held.pathOf === scene.pathOf && sameCamera(held.camera, camera)) return held.groups;
    const groups = linkGroups(links, (link) => scene.pathOf(link), null, false, visibleArea(camera, size));
    this.ghosts = { links, pathOf: scene.pathOf, camera, groups };
    return groups;
  }

  /** A zoom or pan frame: the last picture moved and scaled, then sharp once the gesture pauses. */
  zooming(scene: PaintScene, camera: Camera, size: Size): void {
    const context = this.canvas.getContext('2d');
    const held = this.picture.drawn;
    if (context === null || held === null || held.without !== null) {
      this.full(scene, camera, size);
      return;
    }
    const scale = camera.k / held.camera.k;
    const ratio = this.ratio;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.setTransform(scale, 0, 0, scale, (camera.x - held.camera.x * scale) * ratio, (camera.y - held.camera.y * scale) * ratio);
    context.drawImage(this.picture.canvas, 0, 0);
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.full(scene, camera, size), settleMs);
  }

  /** A drag frame: the picture without the node, then the node at `at` with its links drawn straight. */
  dragging(scene: PaintScene, camera: Camera, size: Size, id: string, at: Point): void {
    const held = this.picture.drawn;
    if (held?.without !== id || !sameCamera(held.camera, camera)) this.full(scene, camera, size, id);
    const context = this.canvas.getContext('2d');
    if (context === null || this.palette === null) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.drawImage(this.picture.canvas, 0, 0);
    const positions = new Map(scene.positions).set(id, at);
    const links = scene.links.filter((l) => l.source === id || l.target === id);
    const nodes = scene.nodes.filter((n) => n.id === id);
    const groups = linkGroups(links, (link) => scene.pathOf(link, positions), scene.emphases, scene.singleSource);
    drawGraph(context, { ...scene, nodes, positions, groups }, camera, size, this.ratio, this.palette, false);
  }

  dispose(): void {
    clearTimeout(this.settle);
  }
}
