import type { Point, Positions } from '../lib/geometry';
import type { Graph } from '../model/graph';

/**
 * What `computeLayout` and `routeLinks` produce, as a number: raise it whenever either would place
 * or route the same graph differently, so that copies kept by an older app are laid out again.
 */
export const layoutVersion = 1;

/** A story's arrangement as kept beside its JSON: plain rows, as IndexedDB and a worker message carry them. */
export interface KeptArrangement {
  readonly version: number;
  readonly layout: readonly (readonly [string, Point])[];
  /** Empty until the story's links were routed. */
  readonly routes: readonly (readonly [string, string])[];
}

export const keepArrangement = (layout: Positions, routes: ReadonlyMap<string, string>): KeptArrangement => ({
  version: layoutVersion,
  layout: [...layout],
  routes: [...routes],
});

const isPoint = (value: unknown): value is Point =>
  typeof value === 'object' && value !== null && Number.isFinite((value as Point).x) && Number.isFinite((value as Point).y);

/** Whether a value read back from storage has the shape of a kept arrangement (storage can hold anything). */
function isKeptArrangement(value: unknown): value is KeptArrangement {
  if (typeof value !== 'object' || value === null) return false;
  const { version, layout, routes } = value as KeptArrangement;
  return (
    typeof version === 'number' &&
    Array.isArray(layout) &&
    layout.every((row) => Array.isArray(row) && typeof row[0] === 'string' && isPoint(row[1])) &&
    Array.isArray(routes) &&
    routes.every((row) => Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'string')
  );
}

/**
 * The kept arrangement of `graph` (as read back from storage: anything), when it was made by this layout version for exactly these
 * nodes: their places, and the routes when every link has one (otherwise the links are routed
 * again, the nodes staying where they were). Null when the story must be laid out afresh.
 */
export function reuseArrangement(graph: Graph, kept: unknown): { readonly layout: Positions; readonly routes: ReadonlyMap<string, string> | null } | null {
  if (!isKeptArrangement(kept) || kept.version !== layoutVersion || kept.layout.length !== graph.nodes.length) return null;
  const layout = new Map(kept.layout);
  if (layout.size !== graph.nodes.length || graph.nodes.some((n) => !layout.has(n.id))) return null;
  const routes = new Map(kept.routes);
  const routed = routes.size === graph.links.length && graph.links.every((l) => routes.has(l.id));
  return { layout, routes: routed ? routes : null };
}
