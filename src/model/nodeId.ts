/** Graph nodes are actors and benefit types; their ids are namespaced so the two never collide. */
export type NodeKind = 'actor' | 'benefit';

export interface NodeRef {
  readonly kind: NodeKind;
  readonly id: string;
}

export function nodeId(ref: NodeRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function parseNodeId(value: string): NodeRef | undefined {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (colon < 0 || id === '' || (kind !== 'actor' && kind !== 'benefit')) return undefined;
  return { kind, id };
}
