import type { NodeKind } from './nodeId';

/** How an actor relates to a benefit type: it gains it, provides it to someone, or bears it as a cost. */
export type LinkKind = 'gains' | 'provides' | 'cost';

export interface GraphNode {
  /** Namespaced id, e.g. `actor:russia`, `benefit:oil` (see `nodeId`). */
  readonly id: string;
  readonly kind: NodeKind;
  /** The actor's or benefit type's own id in the dataset. */
  readonly refId: string;
  readonly label: string;
  /** A prefix of `label` for small frames (see `shortLabel`); equal to it when already short. */
  readonly shortLabel: string;
  /**
   * No visible claim involves the node: an actor whose every link the filters removed, or a
   * selected node whose claims are hidden. Kept on screen, dimmed, so the reader sees why.
   */
  readonly filteredOut: boolean;
}

export interface GraphLink {
  /** `${kind}|${source}|${target}` (see `linkId`): stable across filter changes. */
  readonly id: string;
  readonly kind: LinkKind;
  /** Always the actor node. */
  readonly source: string;
  /** Always the benefit-type node. */
  readonly target: string;
  readonly benefitTypeId: string;
  readonly claimIds: readonly string[];
  /** Distinct shown outlets whose citations support this link. */
  readonly outletIds: readonly string[];
  /** The number of distinct outlets supporting the link (>= 1). */
  readonly weight: number;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly links: readonly GraphLink[];
}
