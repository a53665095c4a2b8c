/** Graph nodes are actors and benefit types; their ids are namespaced so the two never collide. */
export type NodeKind = 'actor' | 'benefit';

export interface NodeRef {
  readonly kind: NodeKind;
  readonly id: string;
}

/** The graph node id for an actor or a benefit type, e.g. `actor:russia`. Built only here. */
export function nodeId(ref: NodeRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** The actor or benefit type a graph node id names; undefined for anything else. */
export function parseNodeId(value: string): NodeRef | undefined {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (colon < 0 || id === '' || (kind !== 'actor' && kind !== 'benefit')) return undefined;
  return { kind, id };
}

/** The kind of a graph node id, for ids that came from `nodeId` (benefit for anything else). */
export function nodeKindOf(value: string): NodeKind {
  return value.startsWith('actor:') ? 'actor' : 'benefit';
}

/** The id of the link of `kind` between two graph nodes: stable across filter changes. */
export function linkId(kind: string, source: string, target: string): string {
  return `${kind}|${source}|${target}`;
}
