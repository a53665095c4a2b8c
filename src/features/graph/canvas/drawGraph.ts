import type { Positions, Size } from '../../../lib/geometry';
import {
  actorRadius,
  labelGap,
  labelLineHeight,
  labelSideAt,
  labelSizes,
  lineLengths,
  pill,
  pillHalfSize,
  wrapLabel,
} from '../../../layout/nodeGeometry';
import type { Emphases } from '../../../model/emphasis';
import type { GraphNode } from '../../../model/graph';
import { linkStyles } from '../../../theme/linkStyles';
import { glyphInk } from '../../../theme/palette';
import type { Camera } from './canvasCamera';
import type { CanvasPalette } from './canvasPalette';
import type { LinkGroup } from './linkLayers';

/** What one frame of the canvas shows. */
export interface CanvasScene {
  readonly nodes: readonly GraphNode[];
  readonly positions: Positions;
  readonly groups: readonly LinkGroup[];
  readonly emphases: Emphases | null;
  readonly selectedId: string | null;
  readonly focusedId: string | null;
  readonly singleSource: boolean;
  readonly colours: ReadonlyMap<string, string>;
  readonly glyphs: ReadonlyMap<string, string> | null;
}

/** Labels smaller than this on screen, in CSS pixels, are not drawn: a large story zoomed out shows its shape. */
const minLabelPx = 6;
/** Lines and outlines never thinner than this on screen, in CSS pixels. */
const minLinePx = 0.6;
/** The focus ring's least half-size on screen, in CSS pixels. */
const minFocusPx = 10;
/** Links thinner than this on screen, in CSS pixels, are drawn without their dashes. */
const solidBelowPx = 0.5;
/** Labels are drawn at the base size, in layout units (the SVG's smallest band). */
const fontSize = labelSizes.base;
/** How far past the frame a node may sit and still be drawn (its label may reach in), in layout units. */
const cullMargin = 240;

/**
 * A dash pattern as the legend draws it, in screen pixels at any zoom (`px` layout units a pixel):
 * in layout units it would be a fraction of a pixel zoomed out, and a canvas cutting long curves
 * into thousands of such dashes a frame slows to a crawl.
 */
const dashOf = (dash: string, px: number): number[] => (dash === 'none' ? [] : dash.split(/\s+/).map((v) => Number(v) * px));

/** Clears the context (unless drawing over it) and sets it to draw in layout units through the camera. */
export function beginFrame(ctx: CanvasRenderingContext2D, camera: Camera, ratio: number, clear = true): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (clear) ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(ratio * camera.k, 0, 0, ratio * camera.k, ratio * camera.x, ratio * camera.y);
}

/**
 * Strokes link groups, one stroke each, with their arrowheads; `restAlpha` for the rest level
 * (faded behind a selection). Lines thinner on screen than `solidBelowPx` are drawn solid: a
 * dash cannot be seen on them, and dashing thousands of them costs a frame.
 */
export function drawLinkGroups(ctx: CanvasRenderingContext2D, groups: readonly LinkGroup[], camera: Camera, palette: CanvasPalette, restAlpha: number): void {
  const px = 1 / camera.k;
  for (const group of groups) {
    const style = linkStyles[group.kind];
    ctx.globalAlpha = group.level === 'rest' ? restAlpha : group.level === 'secondary' ? palette.secondaryOpacity : 1;
    const drawnWidth = group.width * (group.level === 'primary' ? palette.primaryWidth : 1);
    const width = Math.max(minLinePx * px, drawnWidth);
    if (group.level === 'single-source') {
      ctx.setLineDash([]);
      ctx.lineCap = 'round';
      ctx.strokeStyle = palette.singleSource;
      ctx.lineWidth = width + 9;
      ctx.stroke(group.lines);
    }
    ctx.lineCap = 'butt';
    ctx.setLineDash(drawnWidth * camera.k < solidBelowPx ? [] : dashOf(style.dash, px));
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = width;
    ctx.stroke(group.lines);
    ctx.fillStyle = style.colour;
    ctx.fill(group.arrows);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** How strongly the rest of the links are drawn: faded behind a selection, stepped back for single-source claims. */
export const restAlphaOf = (scene: Pick<CanvasScene, 'emphases' | 'singleSource'>, palette: CanvasPalette): number =>
  scene.emphases !== null ? palette.fadedLink : scene.singleSource ? palette.singleSourceRest : 1;

/**
 * Draws the graph into a 2D context: the links in their groups (one stroke per group), then the
 * nodes inside the frame, their labels while they are large enough to read. Pure drawing, no
 * DOM reads: `camera` maps layout units to CSS pixels and `ratio` CSS pixels to the canvas's.
 */
export function drawGraph(
  ctx: CanvasRenderingContext2D,
  scene: CanvasScene,
  camera: Camera,
  frame: Size,
  ratio: number,
  palette: CanvasPalette,
  /** False to draw over what is there (a dragged node over the rest). */
  clear = true,
): void {
  beginFrame(ctx, camera, ratio, clear);
  drawLinkGroups(ctx, scene.groups, camera, palette, restAlphaOf(scene, palette));
  drawNodes(ctx, scene, camera, frame, palette);
}

/** The nodes inside the frame, with their labels while large enough to read, and the focus ring. */
export function drawNodes(ctx: CanvasRenderingContext2D, scene: Omit<CanvasScene, 'groups'>, camera: Camera, frame: Size, palette: CanvasPalette): void {
  const px = 1 / camera.k;
  const emphasising = scene.emphases !== null;
  const left = -camera.x / camera.k - cullMargin;
  const top = -camera.y / camera.k - cullMargin;
  const right = (frame.width - camera.x) / camera.k + cullMargin;
  const bottom = (frame.height - camera.y) / camera.k + cullMargin;
  const labels = fontSize * camera.k >= minLabelPx;
  ctx.textBaseline = 'middle';
  for (const node of scene.nodes) {
    const p = scene.positions.get(node.id);
    if (p === undefined || p.x < left || p.x > right || p.y < top || p.y > bottom) continue;
    const emphasis = node.id === scene.selectedId ? 'selected' : scene.emphases?.nodes.get(node.id);
    ctx.globalAlpha = node.filteredOut ? 0.6 : emphasising && emphasis === undefined ? palette.fadedNode : 1;
    const strokeAlpha = emphasis === 'secondary' ? palette.secondaryOpacity : 1;
    const strong = emphasis === 'selected' || emphasis === 'primary';
    ctx.setLineDash(node.filteredOut ? dashOf('4 3', px) : []);
    ctx.strokeStyle = strong ? palette.inkStrong : palette.nodeStroke;
    ctx.lineWidth = Math.max(minLinePx * px, emphasis === 'selected' ? 4 : node.kind === 'actor' || strong ? 2.5 : 1.5);
    const fill = node.filteredOut ? palette.wash : emphasis === 'selected' ? palette.selectedFill : node.kind === 'actor' ? palette.actorFill : palette.pill;
    ctx.fillStyle = fill;
    ctx.beginPath();
    if (node.kind === 'actor') ctx.arc(p.x, p.y, actorRadius, 0, 2 * Math.PI);
    else {
      const { width, height } = pillHalfSize(node);
      ctx.roundRect(p.x - width, p.y - height, 2 * width, 2 * height, pill.radius * labelSizes.fullMax);
    }
    ctx.fill();
    ctx.globalAlpha *= strokeAlpha;
    ctx.stroke();
    ctx.globalAlpha /= strokeAlpha;
    ctx.setLineDash([]);
    if (node.kind === 'benefit') drawSwatch(ctx, node, p, scene, palette);
    if (node.id === scene.focusedId) {
      ctx.strokeStyle = palette.focus;
      ctx.lineWidth = 3 * px;
      ctx.beginPath();
      // Never smaller on screen than `minFocusPx`: a focused node in a zoomed-out story is still seen.
      const least = minFocusPx * px;
      if (node.kind === 'actor') ctx.arc(p.x, p.y, Math.max(actorRadius + 4, least) + 2 * px, 0, 2 * Math.PI);
      else {
        const half = pillHalfSize(node);
        const width = Math.max(half.width + 4, least);
        const height = Math.max(half.height + 4, least);
        ctx.roundRect(p.x - width, p.y - height, 2 * width, 2 * height, Math.min(width, height, pill.radius * labelSizes.fullMax + 4));
      }
      ctx.stroke();
    }
    if (labels) drawLabel(ctx, node, p, emphasis, palette);
  }
  ctx.globalAlpha = 1;
}

function drawSwatch(ctx: CanvasRenderingContext2D, node: GraphNode, p: { x: number; y: number }, scene: Pick<CanvasScene, 'colours' | 'glyphs'>, palette: CanvasPalette) {
  const f = labelSizes.fullMax;
  const { width } = pillHalfSize(node);
  const size = pill.icon * f;
  const cx = p.x - width + pill.padStart * f + size / 2;
  const colour = scene.colours.get(node.id) ?? palette.pill;
  ctx.beginPath();
  ctx.moveTo(cx, p.y - size * 0.45);
  ctx.lineTo(cx + size * 0.45, p.y);
  ctx.lineTo(cx, p.y + size * 0.45);
  ctx.lineTo(cx - size * 0.45, p.y);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = 1.5 * Math.min(1, size / 20);
  ctx.strokeStyle = palette.nodeStroke;
  ctx.stroke();
  const glyph = scene.glyphs?.get(node.id);
  if (glyph !== undefined && glyph !== '') {
    ctx.fillStyle = glyphInk(colour);
    ctx.font = `700 ${size * 0.45}px ${palette.font}`;
    ctx.textAlign = 'center';
    ctx.fillText(glyph, cx, p.y);
  }
}

function drawLabel(ctx: CanvasRenderingContext2D, node: GraphNode, p: { x: number; y: number }, emphasis: string | undefined, palette: CanvasPalette) {
  const lines = wrapLabel(node.label, lineLengths.full);
  const lineHeight = fontSize * labelLineHeight;
  ctx.fillStyle = node.filteredOut || emphasis === 'secondary' ? palette.muted : emphasis === 'primary' || emphasis === 'selected' ? palette.inkStrong : palette.ink;
  if (node.kind === 'benefit') {
    const f = labelSizes.fullMax;
    const { width } = pillHalfSize(node);
    const textLeft = p.x - width + (pill.padStart + pill.icon + pill.gap) * f;
    const textRight = p.x + width - pill.padEnd * f;
    ctx.font = `${node.filteredOut ? 'italic ' : ''}${fontSize}px ${palette.font}`;
    ctx.textAlign = 'center';
    lines.forEach((line, i) => ctx.fillText(line, (textLeft + textRight) / 2, p.y + (i - (lines.length - 1) / 2) * lineHeight));
    return;
  }
  const near = actorRadius + labelGap;
  const side = labelSideAt(p);
  const first = side === 'above' ? p.y - near - (lines.length - 0.5) * lineHeight : p.y + near + lineHeight / 2;
  ctx.font = `${node.filteredOut ? 'italic ' : ''}700 ${fontSize}px ${palette.font}`;
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.lineWidth = fontSize * 0.3;
  ctx.strokeStyle = palette.paper;
  lines.forEach((line, i) => {
    ctx.strokeText(line, p.x, first + i * lineHeight);
    ctx.fillText(line, p.x, first + i * lineHeight);
  });
}
