import type { Citation, Claim } from './schema';

/** What the reader has switched off. Everything is shown unless its id is in one of these sets. */
export interface Filters {
  readonly hiddenBenefitTypes: ReadonlySet<string>;
  readonly hiddenOutlets: ReadonlySet<string>;
}

export const noFilters: Filters = { hiddenBenefitTypes: new Set(), hiddenOutlets: new Set() };

/** The citations of a claim that come from shown outlets. */
function visibleCitations(claim: Claim, filters: Filters): Citation[] {
  return claim.citations.filter((c) => !filters.hiddenOutlets.has(c.outlet));
}

/**
 * A claim is visible when its benefit type is shown and at least one citation comes from a shown
 * outlet. Returned claims carry only their visible citations, so every view shows the same thing.
 */
export function visibleClaims(claims: readonly Claim[], filters: Filters): Claim[] {
  const out: Claim[] = [];
  for (const claim of claims) {
    if (filters.hiddenBenefitTypes.has(claim.benefitType)) continue;
    const citations = visibleCitations(claim, filters);
    if (citations.length === 0) continue;
    out.push(citations.length === claim.citations.length ? claim : { ...claim, citations });
  }
  return out;
}
