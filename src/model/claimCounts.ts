import type { Claim } from './schema';

/** How many claims each benefit type has, and how many claims cite each outlet (all data, unfiltered). */
export interface ClaimCounts {
  readonly byBenefitType: ReadonlyMap<string, number>;
  readonly byOutlet: ReadonlyMap<string, number>;
}

export function claimCounts(claims: readonly Claim[]): ClaimCounts {
  const byBenefitType = new Map<string, number>();
  const byOutlet = new Map<string, number>();
  for (const claim of claims) {
    byBenefitType.set(claim.benefitType, (byBenefitType.get(claim.benefitType) ?? 0) + 1);
    for (const outlet of new Set(claim.citations.map((c) => c.outlet)))
      byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + 1);
  }
  return { byBenefitType, byOutlet };
}
