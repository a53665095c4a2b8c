import type { Claim } from './schema';

/** How many claims an outlet is cited for, and how many of those rest on it alone. */
export interface OutletCount {
  readonly claims: number;
  readonly alone: number;
}

/** Claims per benefit type and per outlet, over all data (unfiltered): what a filter would touch. */
export interface ClaimCounts {
  readonly byBenefitType: ReadonlyMap<string, number>;
  readonly byOutlet: ReadonlyMap<string, OutletCount>;
}

export function claimCounts(claims: readonly Claim[]): ClaimCounts {
  const byBenefitType = new Map<string, number>();
  const byOutlet = new Map<string, { claims: number; alone: number }>();
  for (const claim of claims) {
    byBenefitType.set(claim.benefitType, (byBenefitType.get(claim.benefitType) ?? 0) + 1);
    const outlets = new Set(claim.citations.map((c) => c.outlet));
    for (const outlet of outlets) {
      const count = byOutlet.get(outlet) ?? { claims: 0, alone: 0 };
      count.claims++;
      if (outlets.size === 1) count.alone++;
      byOutlet.set(outlet, count);
    }
  }
  return { byBenefitType, byOutlet };
}
