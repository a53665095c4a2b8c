import type { Dataset } from './dataset';
import { visibleClaims, type Filters } from './filters';
import type { NodeRef } from './nodeId';
import type { Actor, BenefitType, Claim, Outlet, Speaker } from './schema';

/** A citation with its outlet and speaker resolved, ready to show. */
export interface CitationView {
  readonly kind: 'quote' | 'paraphrase';
  readonly quote: string;
  readonly outlet: Outlet;
  readonly speaker: Speaker | undefined;
}

/** One claim as the panel shows it: its summary and its visible citations. */
export interface ClaimView {
  readonly claim: Claim;
  readonly beneficiary: Actor;
  readonly provider: Actor | undefined;
  readonly benefitType: BenefitType;
  readonly citations: readonly CitationView[];
}

/** Claims grouped under a heading: a benefit type in an actor's panel, an actor in a benefit's. */
export interface ClaimGroup<Key> {
  readonly key: Key;
  readonly claims: readonly ClaimView[];
}

export interface ActorDetail {
  readonly kind: 'actor';
  readonly actor: Actor;
  readonly gains: readonly ClaimGroup<BenefitType>[];
  readonly provides: readonly ClaimGroup<BenefitType>[];
  readonly costs: readonly ClaimGroup<BenefitType>[];
}

export interface BenefitDetail {
  readonly kind: 'benefit';
  readonly benefitType: BenefitType;
  readonly gainedBy: readonly ClaimGroup<Actor>[];
  readonly providedBy: readonly ClaimGroup<Actor>[];
  readonly costTo: readonly ClaimGroup<Actor>[];
}

export type SelectionDetail = ActorDetail | BenefitDetail;

function group<Key>(views: readonly ClaimView[], keyOf: (v: ClaimView) => Key): ClaimGroup<Key>[] {
  const groups = new Map<Key, ClaimView[]>();
  for (const view of views) {
    const key = keyOf(view);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [view]);
    else list.push(view);
  }
  return [...groups].map(([key, claims]) => ({ key, claims }));
}

function toView(dataset: Dataset, claim: Claim): ClaimView {
  const { actors, benefitTypes, outlets, speakers } = dataset.index;
  // parseDataset has checked every reference, so these lookups cannot miss.
  const must = <T>(value: T | undefined): T => value as T;
  return {
    claim,
    beneficiary: must(actors.get(claim.beneficiary)),
    provider: claim.provider === undefined ? undefined : actors.get(claim.provider),
    benefitType: must(benefitTypes.get(claim.benefitType)),
    citations: claim.citations.map((c) => ({
      kind: c.kind,
      quote: c.quote,
      outlet: must(outlets.get(c.outlet)),
      speaker: c.speaker === undefined ? undefined : speakers.get(c.speaker),
    })),
  };
}

/** What the detail panel shows for the selected node, under the current filters. */
export function selectionDetail(
  dataset: Dataset,
  filters: Filters,
  selected: NodeRef,
): SelectionDetail | undefined {
  // Only the selected node's claims are looked up: a large story has thousands of others.
  const concerns = (claim: Claim) =>
    selected.kind === 'actor' ? claim.beneficiary === selected.id || claim.provider === selected.id : claim.benefitType === selected.id;
  const views = visibleClaims(dataset.claims.filter(concerns), filters).map((claim) => toView(dataset, claim));
  if (selected.kind === 'actor') {
    const actor = dataset.index.actors.get(selected.id);
    if (actor === undefined) return undefined;
    const byBenefit = (v: ClaimView) => v.benefitType;
    return {
      kind: 'actor',
      actor,
      gains: group(views.filter((v) => v.beneficiary === actor && v.claim.polarity === 'gain'), byBenefit),
      provides: group(views.filter((v) => v.provider === actor), byBenefit),
      costs: group(views.filter((v) => v.beneficiary === actor && v.claim.polarity === 'cost'), byBenefit),
    };
  }
  const benefitType = dataset.index.benefitTypes.get(selected.id);
  if (benefitType === undefined) return undefined;
  const ofType = views.filter((v) => v.benefitType === benefitType);
  return {
    kind: 'benefit',
    benefitType,
    gainedBy: group(ofType.filter((v) => v.claim.polarity === 'gain'), (v) => v.beneficiary),
    providedBy: group(
      ofType.filter((v) => v.provider !== undefined),
      (v) => v.provider as Actor,
    ),
    costTo: group(ofType.filter((v) => v.claim.polarity === 'cost'), (v) => v.beneficiary),
  };
}
