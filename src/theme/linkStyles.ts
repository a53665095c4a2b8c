import type { LinkKind } from '../model/graph';

/** Line style and colour per link kind; the dash pattern alone tells them apart without colour. */
export const linkStyles: Readonly<Record<LinkKind, { colour: string; dash: string; label: string; description: string }>> = {
  gains: { colour: '#1b6e5a', dash: 'none', label: 'gains', description: 'solid line, arrow to the actor who gains' },
  provides: { colour: '#4a5a8c', dash: '7 5', label: 'provides', description: 'dashed line, arrow from the actor who provides' },
  cost: { colour: '#b2361b', dash: '2 4', label: 'bears a cost', description: 'dotted line, arrow to the actor who bears the cost' },
};

/** Links supported by this many outlets or more are drawn equally wide. */
export const widestStep = 5;

/** The width step of a link supported by `weight` distinct outlets: 1 to `widestStep` (graph.css has a class for each). */
export const widthStep = (weight: number): number => Math.max(1, Math.min(Math.round(weight), widestStep));

/** Link width in pixels for a link supported by `weight` distinct outlets. */
export function linkWidth(weight: number): number {
  return 1.5 + 1.5 * Math.min(weight, widestStep);
}
